// expect: no diagnostic
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

// Both sides hold the object's lock: the task copies under it, record() is synchronized.
public class StatsReportedUnderLock {
    private final Map<String, Integer> counts = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    public void start() {
        timer.scheduleAtFixedRate(() -> {
            Map<String, Integer> snapshot;
            synchronized (this) {
                snapshot = new HashMap<>(counts);
            }
            snapshot.forEach((k, v) -> System.out.println(k + "=" + v));
        }, 1, 1, TimeUnit.SECONDS);
    }

    public synchronized void record(String path) {
        counts.merge(path, 1, Integer::sum);
    }
}
