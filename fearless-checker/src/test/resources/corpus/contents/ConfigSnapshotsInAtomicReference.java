// expect: no diagnostic
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

// Copy-on-write configuration: readers on pool threads see whole immutable snapshots, writers swap them.
class ConfigSnapshotsInAtomicReference {
    private final AtomicReference<Map<String, String>> config = new AtomicReference<>(Map.of());
    private final ExecutorService pool;

    ConfigSnapshotsInAtomicReference(ExecutorService pool) {
        this.pool = pool;
    }

    void reload(Map<String, String> fresh) {
        config.set(Map.copyOf(fresh));
    }

    void put(String key, String value) {
        config.updateAndGet(old -> {
            Map<String, String> next = new HashMap<>(old);
            next.put(key, value);
            return Map.copyOf(next);
        });
    }

    void serve(String key) {
        pool.submit(() -> System.out.println(config.get().getOrDefault(key, "?")));
    }
}
