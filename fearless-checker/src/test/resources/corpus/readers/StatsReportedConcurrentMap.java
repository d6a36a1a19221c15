// expect: no diagnostic
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

// The fixed version: a concurrent map, whose iterators tolerate concurrent updates.
public class StatsReportedConcurrentMap {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    public void start() {
        timer.scheduleAtFixedRate(() -> {
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                System.out.println(e.getKey() + "=" + e.getValue());
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    public void record(String path) {
        counts.merge(path, 1, Integer::sum);
    }
}
