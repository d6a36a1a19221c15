// expect: no diagnostic
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

// The fix: wait for the task before touching the map through its alias or view.
class AliasAndViewsAfterJoin {
    int sessions(ExecutorService pool) throws Exception {
        Map<String, Integer> active = new HashMap<>();
        Map<String, Integer> same = active;
        Collection<Integer> counts = active.values();
        Future<?> put = pool.submit(() -> active.put("ann", 1));
        put.get();
        counts.removeIf(c -> c == 0);
        return same.size();
    }
}
