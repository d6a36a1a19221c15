// expect: no diagnostic
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

// The fixed buffer: a concurrent map, drained entry by entry.
class FieldTaskFlushesBufferConcurrent {
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final Runnable flushTask = this::flush;

    void start() {
        scheduler.scheduleAtFixedRate(flushTask, 10, 10, TimeUnit.SECONDS);
    }

    void record(String key) {
        pending.merge(key, 1L, Long::sum);
    }

    private void flush() {
        for (String k : pending.keySet()) {
            Long v = pending.remove(k);
            System.out.println(k + " " + v);
        }
    }
}
