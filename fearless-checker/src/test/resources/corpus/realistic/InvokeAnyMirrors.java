// expect: no diagnostic
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

class InvokeAnyMirrors {
    String fastest(ExecutorService pool, String file) throws InterruptedException, ExecutionException {
        String primary = "https://a.example/";
        String mirror = "https://b.example/";
        List<Callable<String>> tasks = List.of(() -> primary + file, () -> mirror + file);
        return pool.invokeAny(tasks) + pool.invokeAny(List.of(() -> primary, () -> mirror));
    }
}
