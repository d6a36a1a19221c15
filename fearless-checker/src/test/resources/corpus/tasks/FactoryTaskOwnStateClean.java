// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

// Each task gets its own list from the helper; the caller only reads after get().
class FactoryTaskOwnStateClean {
    static Runnable job(String item) {
        List<String> parts = new ArrayList<>();
        return () -> {
            parts.add(item);
            System.out.println(parts);
        };
    }

    static Runnable adder(List<String> out, String item) {
        return () -> out.add(item);
    }

    void run(ExecutorService pool, List<String> items) throws Exception {
        for (String s : items) {
            pool.submit(job(s));
        }
        List<String> out = new ArrayList<>();
        Future<?> f = pool.submit(adder(out, "x"));
        f.get();
        System.out.println(out);
    }
}
