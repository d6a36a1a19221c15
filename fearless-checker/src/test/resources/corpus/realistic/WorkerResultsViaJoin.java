// expect: no diagnostic
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class WorkerResultsViaJoin {
    long total(List<List<Integer>> chunks) {
        List<JoinHandle<Long>> workers = new ArrayList<>();
        for (List<Integer> chunk : chunks) {
            List<Integer> mine = List.copyOf(chunk);
            workers.add(Threads.spawn(() -> {
                long sum = 0;
                for (int n : mine) {
                    sum += n;
                }
                return sum;
            }));
        }
        long total = 0;
        for (JoinHandle<Long> w : workers) {
            total += w.join();
        }
        return total;
    }
}
