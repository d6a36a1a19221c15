import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

// A concurrent map does not make its values thread-safe: two tasks add to the same ArrayList.
class IndexOfArrayLists {
    private final ConcurrentHashMap<String, List<String>> index = new ConcurrentHashMap<>();

    void add(ExecutorService pool, String key, String doc) {
        pool.execute(() -> index.computeIfAbsent(key, k -> new ArrayList<>()).add(doc));
    }
}
