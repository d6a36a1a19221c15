// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

// take() on a BlockingQueue waits for the task's put: the read after it is ordered after the task's change.
class TakeWaitsForThePut {
    void run() throws InterruptedException {
        List<String> results = new ArrayList<>();
        BlockingQueue<String> done = new LinkedBlockingQueue<>();
        new Thread(() -> {
            results.add("computed");
            done.add("done");
        }).start();
        done.take();
        System.out.println(results.size());
    }
}
