import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/** One constructor call passes a plain HashSet, which the pool threads then change at once. */
public class ThreadTrackerConstructorArgumentsHashSet {
    private final Set<Thread> workers;

    public ThreadTrackerConstructorArgumentsHashSet() {
        this(ConcurrentHashMap.newKeySet());
    }

    ThreadTrackerConstructorArgumentsHashSet(Set<Thread> workers) {
        this.workers = workers;
    }

    static ThreadTrackerConstructorArgumentsHashSet forTests() {
        return new ThreadTrackerConstructorArgumentsHashSet(new HashSet<>());
    }

    void track(ExecutorService pool) {
        pool.submit(() -> workers.add(Thread.currentThread()));
    }
}
