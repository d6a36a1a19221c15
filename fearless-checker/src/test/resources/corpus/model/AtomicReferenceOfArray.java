import dev.fearless.thread.Threads;

import java.util.concurrent.atomic.AtomicReference;

class AtomicReferenceOfArray {
    void run() {
        AtomicReference<int[]> latest = new AtomicReference<>(new int[4]);
        Threads.spawn(() -> latest.get()[0]);
    }
}
