// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

class StoredRunnableMovedClean {
    void run(ExecutorService pool) {
        List<Integer> results = new ArrayList<>();
        Runnable task = () -> results.add(1);
        results.add(0); // before the boundary: this thread still owns the list
        pool.submit(task);
    }
}
