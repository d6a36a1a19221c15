import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

// The handle is declared first and assigned later: get() on it still joins that task, until it is
// assigned another one.
class HandleDeclaredBeforeAssigned {
    int joined(ExecutorService pool) throws Exception {
        List<String> out = new ArrayList<>();
        Future<?> f;
        f = pool.submit(() -> out.add("x"));
        f.get();
        return out.size();
    }

    int reassigned(ExecutorService pool) throws Exception {
        List<String> out = new ArrayList<>();
        Future<?> f;
        f = pool.submit(() -> out.add("x"));
        f = pool.submit(() -> System.out.println("other"));
        f.get();
        return out.size();
    }
}
