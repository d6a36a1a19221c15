import java.util.ArrayList;
import java.util.List;

/** A worker whose constructor starts its thread, then registers more handlers that the thread iterates. */
class WorkerRegistersAfterStart {
    private final List<Runnable> handlers = new ArrayList<>();
    private final Thread thread;

    WorkerRegistersAfterStart(Runnable first, Runnable second) {
        handlers.add(first);
        thread = new Thread(() -> {
            for (Runnable h : handlers) {
                h.run();
            }
        });
        thread.start();
        handlers.add(second);
    }
}
