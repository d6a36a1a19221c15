// expect: no diagnostic
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

class EventBusByType {
    private final Map<Class<?>, List<Consumer<Object>>> handlers = new ConcurrentHashMap<>();
    private final Executor executor;

    EventBusByType(Executor executor) {
        this.executor = executor;
    }

    void register(Class<?> type, Consumer<Object> handler) {
        handlers.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>()).add(handler);
    }

    void post(Object event) {
        List<Consumer<Object>> targets = handlers.getOrDefault(event.getClass(), List.of());
        for (Consumer<Object> target : targets) {
            executor.execute(() -> target.accept(event));
        }
    }
}
