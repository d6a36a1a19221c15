import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** A pool that times its tasks in its hooks, with a plain map and a plain counter shared by all workers. */
class TimingPoolHooks extends ThreadPoolExecutor {
    private final Map<Runnable, Long> started = new HashMap<>();
    private long totalNanos;

    TimingPoolHooks(int threads) {
        super(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    }

    @Override
    protected void beforeExecute(Thread worker, Runnable task) {
        super.beforeExecute(worker, task);
        started.put(task, System.nanoTime());
    }

    @Override
    protected void afterExecute(Runnable task, Throwable failure) {
        record(System.nanoTime() - started.remove(task));
        super.afterExecute(task, failure);
    }

    private void record(long nanos) {
        totalNanos += nanos;
    }

    long totalNanos() {
        return totalNanos;
    }
}
