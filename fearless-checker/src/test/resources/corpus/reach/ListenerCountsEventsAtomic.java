// expect: no diagnostic
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

// The fix: an atomic counter.
class ListenerCountsEventsAtomic {
    private final AtomicInteger handled = new AtomicInteger();
    private final ExecutorService events;

    ListenerCountsEventsAtomic(ExecutorService events) {
        this.events = events;
    }

    void onMessage(String message) {
        events.execute(this::handle);
    }

    private void handle() {
        handled.incrementAndGet();
    }

    int handled() {
        return handled.get();
    }
}
