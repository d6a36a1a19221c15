// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

class StoredCallableJoinedClean {
    int run(ExecutorService pool) throws Exception {
        List<Integer> results = new ArrayList<>();
        Callable<Integer> job = () -> {
            results.add(42);
            return results.size();
        };
        Future<Integer> f = pool.submit(job);
        int size = f.get();
        results.add(size);
        return results.size();
    }
}
