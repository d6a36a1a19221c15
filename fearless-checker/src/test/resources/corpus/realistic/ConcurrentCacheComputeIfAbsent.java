// expect: no diagnostic
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

class ConcurrentCacheComputeIfAbsent {
    private final Map<String, Integer> lengths = new ConcurrentHashMap<>();

    void warm(ExecutorService pool, List<String> keys) {
        for (String key : keys) {
            pool.execute(() -> lengths.computeIfAbsent(key, String::length));
        }
    }

    int get(String key) {
        return lengths.getOrDefault(key, -1);
    }
}
