import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** A reporter thread that a service stops on shutdown: the classic stop flag without volatile. */
class MetricsReporterStopFlag extends Thread {
    private final LongSupplier requests;
    private boolean stopped;
    private long lastReported;

    MetricsReporterStopFlag(LongSupplier requests) {
        super("metrics-reporter");
        this.requests = requests;
        setDaemon(true);
    }

    @Override
    public void run() {
        while (!stopped) {
            long now = requests.getAsLong();
            System.out.println("requests/s: " + (now - lastReported));
            lastReported = now;
            sleepQuietly();
        }
    }

    private void sleepQuietly() {
        try {
            TimeUnit.SECONDS.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void shutdown() {
        stopped = true;
    }
}

class Service {
    private final MetricsReporterStopFlag reporter = new MetricsReporterStopFlag(() -> 0L);

    void start() {
        reporter.start();
    }

    void stop() {
        reporter.shutdown();
    }
}
