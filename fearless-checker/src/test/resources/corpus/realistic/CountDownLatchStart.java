// expect: no diagnostic
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

class CountDownLatchStart {
    int race(int workers) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(workers);
        AtomicInteger finished = new AtomicInteger();
        for (int i = 0; i < workers; i++) {
            int id = i;
            new Thread(() -> {
                try {
                    start.await();
                    finished.addAndGet(id);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        start.countDown();
        done.await();
        return finished.get();
    }
}
