// expect: no diagnostic
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

class StaticSafeFields {
    private static final Map<String, Integer> CACHE = new ConcurrentHashMap<>();
    private static final List<String> NAMES = List.of("a", "b");
    private static volatile boolean stopped;

    void run(ExecutorService pool) {
        pool.submit(() -> {
            for (String n : NAMES) {
                CACHE.put(n, 1);
            }
            stopped = true;
        });
    }
}
