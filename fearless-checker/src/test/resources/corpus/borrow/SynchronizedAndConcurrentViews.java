// expect: no diagnostic
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

class SynchronizedAndConcurrentViews {
    private final Map<String, Integer> hits = Collections.synchronizedMap(new HashMap<>());

    int run(ExecutorService pool, List<String> words) {
        List<String> seenOrder = Collections.synchronizedList(new ArrayList<>());
        Set<String> unique = ConcurrentHashMap.newKeySet();
        for (String w : words) {
            pool.execute(() -> {
                seenOrder.add(w);
                unique.add(w);
                hits.merge(w, 1, Integer::sum);
            });
        }
        seenOrder.add("main");
        return unique.size() + seenOrder.size();
    }
}
