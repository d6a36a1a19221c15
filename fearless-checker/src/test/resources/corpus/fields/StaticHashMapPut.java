import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

class StaticHashMapPut {
    private static final Map<String, Integer> CACHE = new HashMap<>();

    void warm(ExecutorService pool, String key) {
        pool.submit(() -> CACHE.put(key, key.length()));
    }
}
