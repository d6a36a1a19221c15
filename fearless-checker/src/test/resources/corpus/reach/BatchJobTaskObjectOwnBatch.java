// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

// The fix: the job gets its own copy, and the count is atomic; reading the job's batch waits for it.
class BatchJobTaskObjectOwnBatch {
    static final class Job implements Runnable {
        private final List<String> batch;

        Job(List<String> batch) {
            this.batch = new ArrayList<>(batch);
        }

        @Override
        public void run() {
            batch.add("done");
        }
    }

    private static final AtomicInteger processed = new AtomicInteger();

    static final class Counter implements Runnable {
        @Override
        public void run() {
            processed.incrementAndGet();
        }
    }

    int submit(ExecutorService pool) throws Exception {
        List<String> batch = new ArrayList<>();
        pool.submit(new Job(batch));
        Future<?> counted = pool.submit(new Counter());
        counted.get();
        batch.add("mine");
        return batch.size() + processed.get();
    }
}
