// expect: no diagnostic
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

class LazyVolatileHolder {
    private volatile Map<String, String> settings;
    private final Object lock = new Object();

    Map<String, String> settings() {
        Map<String, String> s = settings;
        if (s == null) {
            synchronized (lock) {
                s = settings;
                if (s == null) {
                    s = Map.of("mode", "fast");
                    settings = s;
                }
            }
        }
        return s;
    }

    Future<String> modeAsync(ExecutorService pool) {
        return pool.submit(() -> settings().get("mode"));
    }
}
