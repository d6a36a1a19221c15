// expect: no diagnostic
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
import java.util.concurrent.atomic.LongAdder;
/** The Javadoc of ThreadPoolExecutor's hooks, with a per-worker start time and a LongAdder total. */
class TimingPoolHooksFixed extends ThreadPoolExecutor {
    private boolean isPaused;
    private final ReentrantLock pauseLock = new ReentrantLock();
    private final Condition unpaused = pauseLock.newCondition();
    private final ThreadLocal<Long> startTime = new ThreadLocal<>();
    private final LongAdder totalNanos = new LongAdder();

    TimingPoolHooksFixed() { super(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>()); }

    protected void beforeExecute(Thread t, Runnable r) {
        super.beforeExecute(t, r);
        startTime.set(System.nanoTime());
        pauseLock.lock();
        try {
            while (isPaused) unpaused.await();
        } catch (InterruptedException ie) {
            t.interrupt();
        } finally {
            pauseLock.unlock();
        }
    }

    protected void afterExecute(Runnable r, Throwable t) {
        totalNanos.add(System.nanoTime() - startTime.get());
        startTime.remove();
        super.afterExecute(r, t);
    }

    public void pause() {
        pauseLock.lock();
        try { isPaused = true; } finally { pauseLock.unlock(); }
    }
}
