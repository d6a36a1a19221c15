import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

class EventBusDirectExecutor {
    private final List<Consumer<String>> listeners = new ArrayList<>();
    private final Executor direct = Runnable::run;

    void subscribe(Consumer<String> listener) {
        listeners.add(listener);
    }

    void publishHere(String event) {
        List<String> delivered = new ArrayList<>();
        direct.execute(() -> {
            listeners.forEach(l -> l.accept(event));
            delivered.add(event);
        });
        delivered.add("done");
    }

    void publishInTest(String event) {
        List<String> delivered = new ArrayList<>();
        Executor inline = r -> r.run();
        inline.execute(() -> delivered.add(event));
        delivered.add("done");
    }

    void publishOnPool(String event) {
        List<String> delivered = new ArrayList<>();
        Executor pool = Executors.newCachedThreadPool();
        pool.execute(() -> delivered.add(event));
        delivered.add("done");
    }
}
