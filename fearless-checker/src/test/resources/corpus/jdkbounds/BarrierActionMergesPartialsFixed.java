// expect: no diagnostic
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.LongAdder;

class BarrierActionMergesPartialsFixed {
    void run(int workers) {
        LongAdder done = new LongAdder();
        CyclicBarrier barrier = new CyclicBarrier(workers, () -> System.out.println("round over: " + done.sum()));
        for (int w = 0; w < workers; w++) {
            new Thread(() -> {
                done.increment();
                try {
                    barrier.await();
                } catch (InterruptedException | BrokenBarrierException e) {
                    Thread.currentThread().interrupt();
                }
            }).start();
        }
    }
}
