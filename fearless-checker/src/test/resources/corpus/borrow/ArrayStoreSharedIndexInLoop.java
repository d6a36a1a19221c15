import java.util.ArrayList;
import java.util.List;

class ArrayStoreSharedIndexInLoop {
    int constantIndex(int n) throws InterruptedException {
        int[] total = new int[1];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(() -> total[0] += 1);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return total[0];
    }

    int[] copyNotOfTheCounter(int n, int slot) throws InterruptedException {
        int[] out = new int[n];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int at = slot;
            Thread t = new Thread(() -> out[at] = at);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return out;
    }

    int[] histogram(int[] keys) throws InterruptedException {
        int[] counts = new int[16];
        List<Thread> threads = new ArrayList<>();
        for (int k : keys) {
            Thread t = new Thread(() -> counts[k]++);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return counts;
    }

    int[] rounds(int n) throws InterruptedException {
        int[] out = new int[n];
        List<Thread> threads = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < n; i++) {
                int id = i;
                Thread t = new Thread(() -> out[id] += id);
                t.start();
                threads.add(t);
            }
        }
        for (Thread t : threads) {
            t.join();
        }
        return out;
    }

    int[] readBeforeJoin(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int id = i;
            new Thread(() -> out[id] = id * id).start();
        }
        return out;
    }
}
