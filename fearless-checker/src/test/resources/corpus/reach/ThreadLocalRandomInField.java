import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;

// A field declared as Random holds the constructing thread's ThreadLocalRandom: it must not cross.
class ThreadLocalRandomInField {
    private final Random random = ThreadLocalRandom.current();

    void jitter(ExecutorService pool) {
        pool.execute(() -> System.out.println(random.nextInt(100)));
    }
}
