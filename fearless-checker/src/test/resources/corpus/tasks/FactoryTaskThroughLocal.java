import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

// The task from a helper is kept in a local first; the caller reads the map while the task may still fill it.
class FactoryTaskThroughLocal {
    private static Runnable countInto(Map<String, Integer> counts, String text) {
        return () -> {
            for (String w : text.split(" ")) {
                counts.merge(w, 1, Integer::sum);
            }
        };
    }

    int words(ExecutorService pool, String text) {
        Map<String, Integer> counts = new HashMap<>();
        Runnable task = countInto(counts, text);
        Future<?> done = pool.submit(task);
        int n = counts.size();
        done.cancel(false);
        return n;
    }
}
