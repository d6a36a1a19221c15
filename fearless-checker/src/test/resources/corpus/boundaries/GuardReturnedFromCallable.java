import dev.fearless.sync.Mutex;
import dev.fearless.sync.MutexGuard;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

class GuardReturnedFromCallable {
    Future<MutexGuard<Integer>> run(ExecutorService pool, Mutex<Integer> counter) {
        return pool.submit(() -> {
            MutexGuard<Integer> guard = counter.lock();
            guard.set(guard.get() + 1);
            return guard;
        });
    }
}
