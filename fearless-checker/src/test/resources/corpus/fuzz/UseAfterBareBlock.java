// The counterpart of WaitAfterBareBlock without the wait: the use after the block is still an error.
import java.util.concurrent.ExecutorService;

class UseAfterBareBlock {
    void run(ExecutorService pool) {
        int[] counts = new int[4];
        {
            pool.execute(() -> counts[0]++);
        }
        System.out.println(counts[0]);
    }
}
