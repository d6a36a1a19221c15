import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

class InvokeAllNCopies {
    void run(ExecutorService pool, int n) throws InterruptedException {
        List<Integer> seen = new ArrayList<>();
        Callable<Boolean> task = () -> seen.add(n);
        pool.invokeAll(Collections.nCopies(n, task));
    }
}
