// expect: no diagnostic
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

class StoredTaskThreadSafeStateClean {
    void run(ExecutorService pool, int n) throws InterruptedException {
        AtomicInteger count = new AtomicInteger();
        ConcurrentHashMap<String, Integer> hits = new ConcurrentHashMap<>();
        Runnable task = () -> {
            count.incrementAndGet();
            hits.merge("hit", 1, Integer::sum);
        };
        for (int i = 0; i < n; i++) {
            pool.execute(task);
        }
        pool.execute(task);
        pool.invokeAll(Collections.nCopies(n, () -> count.incrementAndGet()));
        List<Integer> sizes = List.of(1, 2, 3);
        Runnable reader = () -> System.out.println(sizes.size());
        pool.execute(reader);
        pool.execute(reader);
    }
}
