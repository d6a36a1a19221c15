import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

class StaticMutableMapPut {
    private static final Map<String, Integer> CACHE = new HashMap<>();

    void run(ExecutorService pool) {
        pool.submit(() -> CACHE.put("k", 1));
    }
}
