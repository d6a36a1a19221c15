// expect: no diagnostic
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

class CopyOnWriteListeners {
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final Executor executor;

    CopyOnWriteListeners(Executor executor) {
        this.executor = executor;
    }

    void subscribe(Consumer<String> listener) {
        listeners.add(listener);
    }

    void publish(String event) {
        executor.execute(() -> listeners.forEach(l -> l.accept(event)));
    }
}
