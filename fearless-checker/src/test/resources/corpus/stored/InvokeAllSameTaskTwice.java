import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

class InvokeAllSameTaskTwice {
    void run(ExecutorService pool) throws InterruptedException {
        Set<String> ids = new HashSet<>();
        Callable<Boolean> register = () -> ids.add("worker");
        pool.invokeAll(List.of(register, register));
    }
}
