import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

// Request handlers look routes up on pool threads; an admin call reloads them through a private helper.
public class RoutesReloadedThroughHelper {
    private final Map<String, String> routes = new HashMap<>();
    private final ExecutorService workers;

    public RoutesReloadedThroughHelper(ExecutorService workers, Map<String, String> initial) {
        this.workers = workers;
        routes.putAll(initial);
    }

    public void handle(String path) {
        workers.execute(() -> System.out.println(routes.getOrDefault(path, "/404")));
    }

    public void reload(Map<String, String> fresh) {
        replaceAll(fresh);
    }

    private void replaceAll(Map<String, String> fresh) {
        routes.clear();
        routes.putAll(fresh);
    }
}
