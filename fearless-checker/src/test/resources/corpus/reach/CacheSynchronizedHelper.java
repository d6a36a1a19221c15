// expect: no diagnostic
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

// The helper that changes the map is synchronized, and so is every other access: the author's protected state.
class CacheSynchronizedHelper {
    private final Map<String, String> cache = new HashMap<>();

    void warm(ExecutorService pool, String key) {
        pool.submit(() -> put(key, key.toUpperCase()));
    }

    private synchronized void put(String key, String value) {
        cache.put(key, value);
    }

    synchronized String get(String key) {
        return cache.get(key);
    }
}
