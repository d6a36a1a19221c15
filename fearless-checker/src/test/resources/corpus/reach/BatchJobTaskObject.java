import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

// A task class of its own: the batch goes in through the constructor, run() adds to it, the caller reads it.
class BatchJobTaskObject {
    static final class Job implements Runnable {
        private final List<String> batch;

        Job(List<String> batch) {
            this.batch = batch;
        }

        @Override
        public void run() {
            batch.add("done");
        }
    }

    private static int processed;

    static final class Counter implements Runnable {
        @Override
        public void run() {
            processed++;
        }
    }

    int submit(ExecutorService pool) {
        List<String> batch = new ArrayList<>();
        pool.submit(new Job(batch));
        pool.submit(new Counter());
        return batch.size();
    }
}
