// expect: no diagnostic
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

// The fix: a concurrent map, whose merge is atomic.
class WordCountServiceConcurrentMap {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final ExecutorService pool;

    WordCountServiceConcurrentMap(ExecutorService pool) {
        this.pool = pool;
    }

    void submitAll(List<String> words) {
        for (String word : words) {
            pool.submit(() -> record(word));
        }
    }

    private void record(String word) {
        counts.merge(word, 1, Integer::sum);
    }

    int count(String word) {
        return counts.getOrDefault(word, 0);
    }
}
