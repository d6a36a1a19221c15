// expect: no diagnostic
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

// The fixed bus: a copy-on-write list, made for many reads and rare registrations.
public class ListenersCopyOnWrite {
    public interface Listener {
        void onEvent(String event);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    public ListenersCopyOnWrite() {
        Thread dispatcher = new Thread(this::dispatchLoop, "dispatcher");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    public void register(Listener l) {
        listeners.add(l);
    }

    public void publish(String event) {
        events.add(event);
    }

    private void dispatchLoop() {
        try {
            while (true) {
                String e = events.take();
                for (Listener l : listeners) {
                    l.onEvent(e);
                }
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }
}
