// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

class LocalClassMovedValue {
    void run(ExecutorService pool, List<String> input) {
        List<String> cleaned = new ArrayList<>();
        class Cleaner implements Runnable {
            @Override
            public void run() {
                for (String s : input) {
                    cleaned.add(s.strip());
                }
                System.out.println(cleaned);
            }
        }
        pool.execute(new Cleaner());
    }
}
