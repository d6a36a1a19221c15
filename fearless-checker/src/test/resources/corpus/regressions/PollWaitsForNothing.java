import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

// poll() on a ConcurrentLinkedQueue returns at once: it does not wait for the task's offer.
class PollWaitsForNothing {
    void run() {
        List<String> results = new ArrayList<>();
        ConcurrentLinkedQueue<String> done = new ConcurrentLinkedQueue<>();
        new Thread(() -> {
            results.add("computed");
            done.offer("done");
        }).start();
        done.poll();
        System.out.println(results.size());
    }
}
