import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

class StoredRunnableInLoop {
    void run(ExecutorService pool, int n) {
        Map<String, Integer> hits = new HashMap<>();
        Runnable task = () -> hits.merge("hit", 1, Integer::sum);
        for (int i = 0; i < n; i++) {
            pool.execute(task);
        }
    }
}
