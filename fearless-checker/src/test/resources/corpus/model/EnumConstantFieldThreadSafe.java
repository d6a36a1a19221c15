// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

class EnumConstantFieldThreadSafe {
    enum Registry {
        INSTANCE;

        final List<String> defaults = new ArrayList<>(List.of("a", "b"));
        final Map<String, Integer> names = new ConcurrentHashMap<>();
        final AtomicInteger registered = new AtomicInteger();
    }

    void register(ExecutorService pool, String name) {
        pool.submit(() -> {
            // reading the plain list is fine; changes go through thread-safe fields
            int position = Registry.INSTANCE.defaults.indexOf(name);
            Registry.INSTANCE.names.put(name, position);
            Registry.INSTANCE.registered.incrementAndGet();
        });
    }
}
