// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

class LockGuardedLocalList {
    List<Integer> collect(int workers) throws InterruptedException {
        ReentrantLock lock = new ReentrantLock();
        List<Integer> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            int id = i;
            Thread t = new Thread(() -> {
                lock.lock();
                try {
                    results.add(id * id);
                } finally {
                    lock.unlock();
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        lock.lock();
        try {
            return new ArrayList<>(results);
        } finally {
            lock.unlock();
        }
    }
}
