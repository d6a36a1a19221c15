import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

class BarrierActionMergesPartials {
    void run(int workers) {
        List<Integer> partials = new ArrayList<>();
        CyclicBarrier barrier = new CyclicBarrier(workers, () -> partials.clear());
        for (int w = 0; w < workers; w++) {
            int id = w;
            new Thread(() -> {
                try {
                    barrier.await();
                } catch (InterruptedException | BrokenBarrierException e) {
                    Thread.currentThread().interrupt();
                }
            }).start();
            partials.add(id);
        }
    }
}
