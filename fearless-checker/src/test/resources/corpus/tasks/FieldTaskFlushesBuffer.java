import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

// A metrics buffer flushed by a task kept in a field: the flush runs on the scheduler's thread.
class FieldTaskFlushesBuffer {
    private final Map<String, Long> pending = new HashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final Runnable flushTask = this::flush;

    void start() {
        scheduler.scheduleAtFixedRate(flushTask, 10, 10, TimeUnit.SECONDS);
    }

    private void flush() {
        pending.forEach((k, v) -> System.out.println(k + " " + v));
        pending.clear();
    }
}
