// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;

class ArrayStoreOwnIndexVariants {
    long[] sums(int[][] rows) throws InterruptedException {
        long[] out = new long[rows.length];
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < rows.length; r += 1) {
            final int row = r;
            Thread t = new Thread(() -> {
                for (int v : rows[row]) {
                    out[row] += v;
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return out;
    }

    String[] names(int[] ids) throws InterruptedException {
        String[] out = new String[100];
        List<Thread> threads = new ArrayList<>();
        for (int id : ids) {
            Thread t = new Thread(() -> out[id] = "worker-" + id);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return out;
    }
}
