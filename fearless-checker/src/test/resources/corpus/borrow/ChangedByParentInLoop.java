import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

class ChangedByParentInLoop {
    void run(ExecutorService pool) {
        Map<String, Integer> config = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            pool.execute(() -> System.out.println(config.get("limit")));
            config.put("limit", i);
        }
    }
}
