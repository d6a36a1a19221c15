// expect: no diagnostic
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/** The same reporter with a volatile flag, one with an AtomicBoolean, and one that locks both sides. */
class MetricsReporterStopFlagFixed extends Thread {
    private final LongSupplier requests;
    private volatile boolean stopped;
    private long lastReported;

    MetricsReporterStopFlagFixed(LongSupplier requests) {
        this.requests = requests;
    }

    @Override
    public void run() {
        while (!stopped) {
            long now = requests.getAsLong();
            System.out.println("requests/s: " + (now - lastReported));
            lastReported = now;
            pause();
        }
    }

    private void pause() {
        try {
            TimeUnit.SECONDS.sleep(1);
        } catch (InterruptedException e) {
            stopped = true;
        }
    }

    public void shutdown() {
        stopped = true;
        interrupt();
    }

    static class WithAtomic extends Thread {
        private final AtomicBoolean stopped = new AtomicBoolean();

        @Override
        public void run() {
            while (!stopped.get()) {
                Thread.onSpinWait();
            }
        }

        void shutdown() {
            stopped.set(true);
        }
    }

    static class WithLock extends Thread {
        private boolean stopped;

        @Override
        public void run() {
            while (!isStopped()) {
                Thread.onSpinWait();
            }
        }

        private synchronized boolean isStopped() {
            return stopped;
        }

        synchronized void shutdown() {
            stopped = true;
        }
    }
}
