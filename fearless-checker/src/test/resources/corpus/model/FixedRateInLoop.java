import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

class FixedRateInLoop {
    void run(ScheduledExecutorService timer) {
        Map<String, Integer> counts = new HashMap<>();
        for (String name : new String[] {"a", "b"}) {
            timer.scheduleAtFixedRate(() -> counts.merge(name, 1, Integer::sum), 0, 1, TimeUnit.SECONDS);
        }
    }
}
