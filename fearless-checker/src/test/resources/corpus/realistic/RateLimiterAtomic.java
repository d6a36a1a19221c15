// expect: no diagnostic
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

class RateLimiterAtomic {
    private final AtomicLong nextFree = new AtomicLong();
    private final long intervalNanos;

    RateLimiterAtomic(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    boolean tryAcquire() {
        long now = System.nanoTime();
        long free = nextFree.get();
        return now >= free && nextFree.compareAndSet(free, now + intervalNanos);
    }

    void runLimited(ExecutorService pool, Runnable task) {
        pool.execute(() -> {
            if (tryAcquire()) {
                task.run();
            }
        });
    }
}
