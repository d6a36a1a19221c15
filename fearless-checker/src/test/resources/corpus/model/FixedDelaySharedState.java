import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

class FixedDelaySharedState {
    int run(ScheduledExecutorService timer) {
        List<Long> samples = new ArrayList<>();
        timer.scheduleWithFixedDelay(() -> samples.add(System.nanoTime()), 0, 1, TimeUnit.SECONDS);
        return samples.size();
    }
}
