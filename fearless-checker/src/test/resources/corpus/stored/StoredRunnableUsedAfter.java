import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

class StoredRunnableUsedAfter {
    void run(ExecutorService pool) {
        List<Integer> results = new ArrayList<>();
        Runnable task = () -> results.add(1);
        pool.submit(task);
        results.add(2);
    }
}
