import dev.fearless.rc.Rc;
import dev.fearless.sync.Mutex;
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

class StoredSpawnClosureRc {
    void run() {
        Rc<Mutex<Integer>> counter = Rc.of(Mutex.of(0));
        Runnable work = () -> {
            try (var num = counter.get().lock()) {
                num.set(num.get() + 1);
            }
        };
        JoinHandle<Void> handle = Threads.spawn(work);
        handle.join();
    }
}
