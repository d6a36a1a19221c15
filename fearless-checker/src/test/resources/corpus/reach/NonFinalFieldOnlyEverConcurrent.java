// expect: no diagnostic
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

// A non-final field that the code only ever sets to concurrent maps is judged by those maps.
class NonFinalFieldOnlyEverConcurrent<K, V> {
    protected Map<K, V> cache = new ConcurrentHashMap<>();

    void reset() {
        cache = new ConcurrentHashMap<>();
    }

    void warm(ExecutorService pool, K key, V value) {
        pool.execute(() -> cache.put(key, value));
    }
}
