import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

class ConcurrentMapOfLists {
    void run(ExecutorService pool) {
        ConcurrentHashMap<String, List<String>> groups = new ConcurrentHashMap<>();
        pool.submit(() -> groups.get("a"));
    }
}
