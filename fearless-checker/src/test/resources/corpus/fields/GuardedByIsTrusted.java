// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

class GuardedByIsTrusted {
    @interface GuardedBy {
        String value();
    }

    private final ReentrantLock lock = new ReentrantLock();
    @GuardedBy("lock")
    private final List<String> items = new ArrayList<>();
    @GuardedBy("lock")
    private int count;

    void run() {
        Threads.spawn(() -> {
            lock.lock();
            try {
                items.add("x");
                count++;
            } finally {
                lock.unlock();
            }
        });
    }
}
