import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/** A producer that keeps filling the batch it already handed to the consumer thread. */
class BatchProducerReusesBatch {
    private final BlockingQueue<List<String>> batches;

    BatchProducerReusesBatch(BlockingQueue<List<String>> batches) {
        this.batches = batches;
    }

    void produce(Iterable<String> lines) throws InterruptedException {
        List<String> batch = new ArrayList<>();
        for (String line : lines) {
            batch.add(line);
            if (batch.size() == 100) {
                batches.put(batch);
                batch.clear();
            }
        }
    }

    void exchange(java.util.concurrent.Exchanger<StringBuilder> exchanger) throws InterruptedException {
        StringBuilder buffer = new StringBuilder("full");
        StringBuilder empty = exchanger.exchange(buffer);
        buffer.setLength(0);
        empty.append("mine now");
    }
}
