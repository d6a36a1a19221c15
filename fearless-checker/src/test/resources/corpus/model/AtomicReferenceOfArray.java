import java.util.concurrent.atomic.AtomicReference;

import dev.fearless.thread.Threads;

class AtomicReferenceOfArray {
    void run() {
        AtomicReference<int[]> counts = new AtomicReference<>(new int[4]);
        Threads.spawn(() -> counts.get()[0]++);
        System.out.println(counts.get()[0]);
    }
}
