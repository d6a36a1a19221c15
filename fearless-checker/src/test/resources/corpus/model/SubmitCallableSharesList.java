import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

class SubmitCallableSharesList {
    int run(ExecutorService pool) throws Exception {
        List<String> names = new ArrayList<>();
        Future<Integer> size = pool.submit(() -> names.size());
        names.add("late");
        return size.get();
    }
}
