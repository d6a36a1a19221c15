// expect: no diagnostic
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicIntegerArray;

class CyclicBarrierPhases {
    int[] simulate(int workers, int steps) {
        AtomicIntegerArray cells = new AtomicIntegerArray(workers);
        CyclicBarrier barrier = new CyclicBarrier(workers, () -> System.out.println("step done"));
        for (int w = 0; w < workers; w++) {
            int index = w;
            new Thread(() -> {
                try {
                    for (int s = 0; s < steps; s++) {
                        cells.incrementAndGet(index);
                        barrier.await();
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    Thread.currentThread().interrupt();
                }
            }).start();
        }
        int[] out = new int[workers];
        for (int i = 0; i < workers; i++) {
            out[i] = cells.get(i);
        }
        return out;
    }
}
