import java.util.ArrayList;
import java.util.List;

// A catch that swallows the interruption carries on while the thread may still run.
class JoinInterruptSwallowed {
    List<String> run() {
        List<String> names = new ArrayList<>();
        Thread worker = new Thread(() -> names.add("worker"));
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        names.add("main");
        return names;
    }

    List<String> timed() throws InterruptedException {
        List<String> names = new ArrayList<>();
        Thread worker = new Thread(() -> names.add("worker"));
        worker.start();
        worker.join(100); // returns after 100 ms even if the worker still runs
        names.add("main");
        return names;
    }
}
