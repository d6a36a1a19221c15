// expect: no diagnostic
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;

// The fix: ask for the current thread's generator where it is used.
class ThreadLocalRandomPerTask {
    void jitter(ExecutorService pool) {
        pool.execute(() -> System.out.println(ThreadLocalRandom.current().nextInt(100)));
    }
}
