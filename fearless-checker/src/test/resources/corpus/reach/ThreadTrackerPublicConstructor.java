import java.util.Set;
import java.util.concurrent.ExecutorService;

/** A public constructor with no call in sight: any caller may pass a plain set. */
public class ThreadTrackerPublicConstructor {
    private final Set<Thread> workers;

    public ThreadTrackerPublicConstructor(Set<Thread> workers) {
        this.workers = workers;
    }

    void track(ExecutorService pool) {
        pool.submit(() -> workers.add(Thread.currentThread()));
    }
}
