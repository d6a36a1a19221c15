// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

class ChangedBeforeBoundary {
    void run() {
        List<Integer> list = new ArrayList<>();
        list.add(1);
        list.add(2);
        Threads.spawn(() -> System.out.println(list));

        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        for (int i = 0; i < 4; i++) {
            Threads.spawn(() -> counts.merge("hits", 1, Integer::sum));
        }
        counts.put("done", 1);
    }
}
