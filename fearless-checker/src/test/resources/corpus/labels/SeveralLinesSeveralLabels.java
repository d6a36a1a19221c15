import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

// The change on the other thread, the boundary and the loop, each on its own line, far from the caret.
class SeveralLinesSeveralLabels {
    Map<String, Integer> count(ExecutorService pool, String[] words) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : words) {
            pool.execute(
                    () -> counts.merge(w, 1, Integer::sum));
        }
        return counts;
    }
}
