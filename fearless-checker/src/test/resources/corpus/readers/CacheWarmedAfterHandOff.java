import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/** A cache that starts a report task, then goes on loading entries through a helper while the task reads them. */
class CacheWarmedAfterHandOff {
    private final Map<String, String> entries = new HashMap<>();

    void warm(ExecutorService pool, Map<String, String> source) {
        pool.submit(() -> System.out.println("cache holds " + entries.size() + " entries"));
        for (Map.Entry<String, String> e : source.entrySet()) {
            load(e.getKey(), e.getValue());
        }
    }

    private void load(String key, String value) {
        entries.put(key, value);
    }
}
