// expect: no diagnostic
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

// A setter that only publishes through a volatile field does not change what the scheduled task reads.
class VolatileSetterIsNoChange {
    static final class Entry {
        Object connection;
        private volatile Future<?> keepalive;

        void setKeepalive(Future<?> f) {
            keepalive = f;
        }
    }

    static final class Task implements Runnable {
        private final Entry entry;

        Task(Entry entry) {
            this.entry = entry;
        }

        @Override
        public void run() {
            System.out.println(entry.connection);
        }
    }

    void schedule(ScheduledExecutorService scheduler, Entry e) {
        scheduler.schedule(new Task(e), 1, TimeUnit.SECONDS);
        e.setKeepalive(scheduler.scheduleWithFixedDelay(new Task(e), 1, 1, TimeUnit.SECONDS));
    }
}
