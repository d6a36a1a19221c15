import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

// An event bus whose dispatcher thread walks the listener list while callers register new listeners:
// the classic ConcurrentModificationException in production.
public class ListenersIteratedWhileRegistered {
    public interface Listener {
        void onEvent(String event);
    }

    private final List<Listener> listeners = new ArrayList<>();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    public ListenersIteratedWhileRegistered() {
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
