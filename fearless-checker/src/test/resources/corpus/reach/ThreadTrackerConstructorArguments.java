// expect: no diagnostic
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/** Every constructor call in sight passes a thread-safe collection, so the fields hold only those. */
public class ThreadTrackerConstructorArguments {
    private final Set<Thread> workers;
    private final Map<String, Long> lastSeen;

    public ThreadTrackerConstructorArguments() {
        this(ConcurrentHashMap.newKeySet());
    }

    ThreadTrackerConstructorArguments(Set<Thread> workers) {
        this(workers, new ConcurrentHashMap<>());
    }

    private ThreadTrackerConstructorArguments(Set<Thread> workers, Map<String, Long> lastSeen) {
        this.workers = workers;
        this.lastSeen = lastSeen;
    }

    static ThreadTrackerConstructorArguments forTests() {
        return new ThreadTrackerConstructorArguments(Collections.synchronizedSet(new java.util.HashSet<>()),
                Collections.synchronizedMap(new HashMap<>()));
    }

    void track(ExecutorService pool, String job) {
        pool.submit(() -> {
            workers.add(Thread.currentThread());
            lastSeen.put(job, System.nanoTime());
        });
    }
}
