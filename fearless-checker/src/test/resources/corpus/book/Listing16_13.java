// expect: no diagnostic
// The Rust Book, listing 16-13: rustc rejects moving `counter` into ten closures (E0382). A Java reference
// is shared, not moved, and `Mutex<Integer>` is Sync, so ten threads may share it: no error.
import dev.fearless.sync.Mutex;
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class Listing16_13 {
    public static void main(String[] args) {
        Mutex<Integer> counter = Mutex.of(0);
        List<JoinHandle<Void>> handles = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            JoinHandle<Void> handle = Threads.spawn(() -> {
                try (var num = counter.lock()) {
                    num.set(num.get() + 1);
                }
            });
            handles.add(handle);
        }
        for (JoinHandle<Void> handle : handles) {
            handle.join();
        }
        try (var num = counter.lock()) {
            System.out.println("Result: " + num.get());
        }
    }
}
