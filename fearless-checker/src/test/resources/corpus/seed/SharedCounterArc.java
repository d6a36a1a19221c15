// expect: no diagnostic
import dev.fearless.sync.Arc;
import dev.fearless.sync.Mutex;
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

public final class SharedCounterArc {
    public static void main(String[] args) {
        Arc<Mutex<Integer>> shared = Arc.of(Mutex.of(0));
        List<JoinHandle<Void>> handles = new ArrayList<>();

        for (int i = 0; i < 10; i++) {
            Arc<Mutex<Integer>> counter = shared.clone();
            JoinHandle<Void> handle = Threads.spawn(() -> {
                try (var num = counter.get().lock()) {
                    num.set(num.get() + 1);
                }
            });
            handles.add(handle);
        }

        for (JoinHandle<Void> handle : handles) {
            handle.join();
        }

        try (var num = shared.get().lock()) {
            System.out.println("Result: " + num.get());
        }
    }
}
