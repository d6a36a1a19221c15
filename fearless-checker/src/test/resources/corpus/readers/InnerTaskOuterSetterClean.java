// expect: no diagnostic
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

// An inner task that uses its outer object only through calls, while a setter changes a field the task never
// reads: the outer object itself is no field the task reads while others change it.
public class InnerTaskOuterSetterClean {
    private final String name;
    private Object tracker;

    public InnerTaskOuterSetterClean(String name, ScheduledExecutorService scheduler) {
        this.name = name;
        scheduler.scheduleWithFixedDelay(new HouseKeeper(), 1, 30, TimeUnit.SECONDS);
    }

    public void setMetricRegistry(Object registry) {
        setTracker(registry);
    }

    private void setTracker(Object t) {
        this.tracker = t;
    }

    private void logName() {
        System.out.println(name);
    }

    private final class HouseKeeper implements Runnable {
        @Override
        public void run() {
            logName();
        }
    }
}
