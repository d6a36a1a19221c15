import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

// A service counts words on a pool; the change happens in a helper, one call away from the lambda.
class WordCountServiceHelper {
    private final Map<String, Integer> counts = new HashMap<>();
    private final ExecutorService pool;

    WordCountServiceHelper(ExecutorService pool) {
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
