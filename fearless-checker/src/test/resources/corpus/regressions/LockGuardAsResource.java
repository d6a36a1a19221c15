// expect: no diagnostic
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

// A lock taken as a try-with-resources guard (the shape of Jetty's AutoLock) protects both sides.
class LockGuardAsResource {
    static final class Guard implements AutoCloseable {
        private final ReentrantLock lock;

        Guard(ReentrantLock lock) {
            this.lock = lock;
            lock.lock();
        }

        @Override
        public void close() {
            lock.unlock();
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private StringBuilder out = new StringBuilder();

    private Guard lock() {
        return new Guard(lock);
    }

    void start(ScheduledExecutorService scheduler) {
        scheduler.scheduleAtFixedRate(this::roll, 1, 1, TimeUnit.DAYS);
    }

    private void roll() {
        try (Guard g = lock()) {
            out = new StringBuilder();
        }
    }

    void write(String s) {
        try (Guard g = lock()) {
            out.append(s);
        }
    }
}
