// expect: no diagnostic
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

// Filled before any task exists and never changed again: tasks may read it freely.
public class RoutesFilledOnlyInConstructor {
    private final Map<String, String> routes = new HashMap<>();
    private final ExecutorService workers;

    public RoutesFilledOnlyInConstructor(ExecutorService workers, Map<String, String> initial) {
        this.workers = workers;
        load(initial);
    }

    private void load(Map<String, String> initial) {
        routes.putAll(initial);
        routes.put("/health", "ok");
    }

    public void handle(String path) {
        workers.execute(() -> System.out.println(routes.getOrDefault(path, "/404")));
    }

    public int size() {
        return routes.size();
    }
}
