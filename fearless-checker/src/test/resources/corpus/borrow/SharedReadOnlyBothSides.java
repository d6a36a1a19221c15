// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class SharedReadOnlyBothSides {
    int run() {
        List<String> names = new ArrayList<>(List.of("a", "b"));
        Map<String, Integer> ages = new HashMap<>(Map.of("a", 1));
        Threads.spawn(() -> names.size() + ages.size());
        Threads.spawn(() -> names.contains("a"));
        for (String n : names) {
            System.out.println(n + ages.get(n));
        }
        return names.size();
    }
}
