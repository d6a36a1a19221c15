import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

class ComputeIfAbsentAfterSharing {
    void run(ExecutorService pool) {
        Map<String, List<String>> groups = new HashMap<>();
        pool.submit(() -> groups.getOrDefault("a", List.of()).size());
        groups.computeIfAbsent("a", k -> new ArrayList<>()).add("x");
    }
}
