// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** The fix: a fresh batch after each hand-off (or an immutable copy); an immutable value may be used again. */
class BatchProducerFreshBatch {
    private final BlockingQueue<List<String>> batches;
    private final BlockingQueue<String> names;

    BatchProducerFreshBatch(BlockingQueue<List<String>> batches, BlockingQueue<String> names) {
        this.batches = batches;
        this.names = names;
    }

    void produce(Iterable<String> lines) throws InterruptedException {
        List<String> batch = new ArrayList<>();
        for (String line : lines) {
            batch.add(line);
            if (batch.size() == 100) {
                batches.put(batch);
                batch = new ArrayList<>();
            }
        }
    }

    void copies(List<String> current) throws InterruptedException {
        batches.offer(List.copyOf(current), 1, TimeUnit.SECONDS);
        current.clear();
        String name = "job-" + current.size();
        names.put(name);
        System.out.println("queued " + name);
    }
}
