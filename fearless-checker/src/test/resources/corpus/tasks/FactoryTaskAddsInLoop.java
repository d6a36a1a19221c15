import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

// A helper builds each task; every task adds to the caller's one list.
class FactoryTaskAddsInLoop {
    static Runnable adder(List<String> out, String item) {
        return () -> out.add(item.trim());
    }

    List<String> normalise(ExecutorService pool, List<String> items) {
        List<String> out = new ArrayList<>();
        for (String s : items) {
            pool.submit(adder(out, s));
        }
        return out;
    }
}
