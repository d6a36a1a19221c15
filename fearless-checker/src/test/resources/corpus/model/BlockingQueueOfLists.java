// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;

class BlockingQueueOfLists {
    void run(ExecutorService pool) throws InterruptedException {
        BlockingQueue<List<String>> batches = new LinkedBlockingQueue<>();
        pool.submit(() -> {
            List<String> batch = batches.take();
            batch.add("seen");
            return batch.size();
        });
        batches.put(new ArrayList<>());
    }
}
