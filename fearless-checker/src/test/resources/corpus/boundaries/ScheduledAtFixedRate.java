import dev.fearless.sync.Mutex;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

class ScheduledAtFixedRate {
    void run(ScheduledExecutorService scheduler, Mutex<Integer> ticks) {
        var held = ticks.lock();
        scheduler.scheduleAtFixedRate(() -> held.update(n -> n + 1), 0, 1, TimeUnit.SECONDS);
    }
}
