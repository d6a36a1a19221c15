// expect: no diagnostic
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

class ReadWriteLockCache {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, String> values = new HashMap<>();

    void refresh(ExecutorService pool, Map<String, String> fresh) {
        pool.execute(() -> {
            lock.writeLock().lock();
            try {
                values.clear();
                values.putAll(fresh);
            } finally {
                lock.writeLock().unlock();
            }
        });
    }

    String get(String key) {
        lock.readLock().lock();
        try {
            return values.get(key);
        } finally {
            lock.readLock().unlock();
        }
    }
}
