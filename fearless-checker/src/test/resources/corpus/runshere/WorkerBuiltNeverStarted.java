import java.util.ArrayList;
import java.util.List;

class WorkerBuiltNeverStarted {
    private final List<String> audit = new ArrayList<>();

    void flushLater(List<String> pending) {
        Thread flusher = new Thread(() -> audit.addAll(pending));
        flusher.setDaemon(true);
        audit.add("flush scheduled");
    }

    void fireAndForget(Runnable task) {
        new Thread(task);
    }

    void inline(List<String> pending) {
        new Thread(() -> pending.clear()).run();
        pending.add("after");
    }
}
