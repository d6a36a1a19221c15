import dev.fearless.sync.Mutex;
import dev.fearless.thread.Threads;

class MutexGuardSent {
    static final Mutex<Integer> COUNTER = Mutex.of(0);

    void run() {
        var guard = COUNTER.lock();
        Threads.spawn(() -> guard.set(guard.get() + 1));
    }
}
