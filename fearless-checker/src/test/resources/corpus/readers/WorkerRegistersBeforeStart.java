// expect: no diagnostic
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The fixed worker: a copy-on-write list may gain handlers while the thread iterates it. */
class WorkerRegistersBeforeStart {
    private final List<Runnable> handlers = new CopyOnWriteArrayList<>();
    private final Thread thread;

    WorkerRegistersBeforeStart(Runnable first, Runnable second) {
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
