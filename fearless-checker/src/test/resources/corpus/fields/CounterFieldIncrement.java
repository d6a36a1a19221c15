import java.util.concurrent.ExecutorService;

class CounterFieldIncrement {
    private int processed;

    void run(ExecutorService pool) {
        pool.submit(() -> {
            processed++;
        });
    }
}
