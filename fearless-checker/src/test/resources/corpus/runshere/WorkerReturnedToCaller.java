import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

class WorkerReturnedToCaller {
    Thread flusher(List<String> pending) {
        List<String> copy = new ArrayList<>(pending);
        Thread t = new Thread(() -> copy.clear());
        t.setDaemon(true);
        copy.add("returned to the caller, who starts it");
        return t;
    }

    void handedToPool(ExecutorService pool, List<String> pending) {
        Thread t = new Thread(() -> pending.clear());
        pool.execute(t);
        pending.add("the pool runs t");
    }

    void startedByReference(List<String> pending) {
        Thread t = new Thread(() -> pending.clear());
        Runnable go = t::start;
        go.run();
        pending.add("started through a method reference");
    }
}
