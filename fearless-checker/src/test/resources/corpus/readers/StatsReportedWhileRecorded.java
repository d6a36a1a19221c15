import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

// Request counters printed every second by a scheduled task, while request threads call record().
public class StatsReportedWhileRecorded {
    private final Map<String, Integer> counts = new HashMap<>();
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
