// expect: no diagnostic
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

class ScheduledHeartbeat {
    private final AtomicLong beats = new AtomicLong();
    private volatile boolean healthy = true;
    private final String serviceName;

    ScheduledHeartbeat(String serviceName) {
        this.serviceName = serviceName;
    }

    ScheduledFuture<?> start() {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        long startedAt = System.nanoTime();
        return scheduler.scheduleAtFixedRate(() -> {
            long n = beats.incrementAndGet();
            healthy = n < 1_000_000;
            System.out.println(serviceName + " beat " + n + " after " + (System.nanoTime() - startedAt));
        }, 0, 1, TimeUnit.SECONDS);
    }

    boolean isHealthy() {
        return healthy;
    }
}
