// expect: no diagnostic
// Found by the differential fuzzer: wrapping the hand-off in a bare block ({ ... }) changes nothing, so the
// wait after the block still orders the task's work before the later uses.
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

class WaitAfterBareBlock {
    void latch(ExecutorService pool) throws InterruptedException {
        int[] counts = new int[4];
        CountDownLatch done = new CountDownLatch(1);
        {
            pool.execute(() -> {
                counts[0]++;
                done.countDown();
            });
        }
        done.await();
        System.out.println(counts[0]);
    }

    void nested(ExecutorService pool) throws InterruptedException {
        StringBuilder log = new StringBuilder();
        {
            {
                pool.execute(() -> log.append("task"));
            }
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        log.append("main");
    }
}
