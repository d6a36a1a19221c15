import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

// The reference is atomic, the map it holds is the caller's live HashMap: readers race with the caller's puts.
class LiveMapInAtomicReference {
    private final AtomicReference<Map<String, String>> config = new AtomicReference<>(Map.of());
    private final ExecutorService pool;

    LiveMapInAtomicReference(ExecutorService pool) {
        this.pool = pool;
    }

    void reload(Map<String, String> fresh) {
        config.set(fresh);
    }

    void serve(String key) {
        pool.submit(() -> System.out.println(config.get().getOrDefault(key, "?")));
    }
}
