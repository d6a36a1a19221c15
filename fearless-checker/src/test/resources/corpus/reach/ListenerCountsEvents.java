import java.util.concurrent.ExecutorService;

// A listener's handler, handed to the pool as a method reference, bumps a plain counter.
class ListenerCountsEvents {
    private int handled;
    private final ExecutorService events;

    ListenerCountsEvents(ExecutorService events) {
        this.events = events;
    }

    void onMessage(String message) {
        events.execute(this::handle);
    }

    private void handle() {
        handled++;
    }

    int handled() {
        return handled;
    }
}
