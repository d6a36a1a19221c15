// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

class FixedDelayMovedState {
    void run(ScheduledExecutorService timer) {
        List<Long> samples = new ArrayList<>();
        timer.scheduleWithFixedDelay(() -> {
            samples.add(System.nanoTime());
            if (samples.size() > 100) {
                samples.clear();
            }
        }, 0, 1, TimeUnit.SECONDS);
    }
}
