// expect: no diagnostic
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

class AtomicReferenceConfigReload {
    record Settings(Map<String, String> values, long version) {
        Settings {
            values = Map.copyOf(values);
        }
    }

    private final AtomicReference<Settings> current = new AtomicReference<>(new Settings(Map.of(), 0));

    void scheduleReload(ScheduledExecutorService scheduler, Map<String, String> defaults) {
        Map<String, String> base = Map.copyOf(defaults);
        scheduler.scheduleWithFixedDelay(() -> current.updateAndGet(
                old -> new Settings(base, old.version() + 1)), 1, 30, TimeUnit.SECONDS);
    }

    String get(String key) {
        return current.get().values().get(key);
    }
}
