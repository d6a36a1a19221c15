// expect: no diagnostic
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** The fixed cache: the report runs after loading, or is waited for before more is loaded. */
class CacheWarmedBeforeHandOff {
    private final Map<String, String> entries = new HashMap<>();

    void warm(ExecutorService pool, Map<String, String> source) throws InterruptedException, ExecutionException {
        for (Map.Entry<String, String> e : source.entrySet()) {
            load(e.getKey(), e.getValue());
        }
        Future<?> report = pool.submit(() -> System.out.println("cache holds " + entries.size() + " entries"));
        report.get();
        load("warmed", "true");
    }

    private void load(String key, String value) {
        entries.put(key, value);
    }
}
