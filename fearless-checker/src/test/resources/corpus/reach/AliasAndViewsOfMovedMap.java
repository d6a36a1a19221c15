import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

// An alias and views of a map belong to the map: using them while a task changes the map is a race.
class AliasAndViewsOfMovedMap {
    int sessions(ExecutorService pool) {
        Map<String, Integer> active = new HashMap<>();
        Map<String, Integer> same = active;
        Collection<Integer> counts = active.values();
        pool.execute(() -> active.put("ann", 1));
        counts.removeIf(c -> c == 0);
        return same.size();
    }

    void prune(ExecutorService pool, List<String> names) {
        Iterator<String> it = names.iterator();
        pool.execute(() -> System.out.println(names.size()));
        while (it.hasNext()) {
            if (it.next().isEmpty()) {
                it.remove();
            }
        }
    }
}
