import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

// Two calls deep: the task calls process, which calls audit, which appends to a plain list.
class AuditTwoCallsDeep {
    private final List<String> trail = new ArrayList<>();

    void handle(ExecutorService pool, String order) {
        pool.execute(() -> process(order));
    }

    private void process(String order) {
        if (!order.isEmpty()) {
            audit("processed " + order);
        }
    }

    private void audit(String line) {
        trail.add(line);
    }

    List<String> trail() {
        return List.copyOf(trail);
    }
}
