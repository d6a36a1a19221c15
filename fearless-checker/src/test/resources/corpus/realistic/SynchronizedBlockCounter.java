// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

class SynchronizedBlockCounter {
    private int handled;
    private final List<String> log = new ArrayList<>();

    void handle(ExecutorService pool, String request) {
        pool.execute(() -> {
            synchronized (this) {
                handled++;
                log.add(request);
            }
        });
    }

    synchronized int handled() {
        return handled;
    }
}
