// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

class InvokeAllDistinctTasksClean {
    void run(ExecutorService pool) throws InterruptedException {
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        Callable<Boolean> a = () -> left.add("a");
        Callable<Boolean> b = () -> right.add("b");
        pool.invokeAll(List.of(a, b));
    }
}
