// expect: no diagnostic
// The Rust Book, listing 16-15: Arc<Mutex<i32>> shares the counter; prints Result: 10.
import dev.fearless.sync.Arc;
import dev.fearless.sync.Mutex;
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class Listing16_15 {
    public static void main(String[] args) {
        Arc<Mutex<Integer>> counter = Arc.of(Mutex.of(0));
        List<JoinHandle<Void>> handles = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Arc<Mutex<Integer>> mine = counter.clone();
            handles.add(Threads.spawn(() -> {
                try (var num = mine.get().lock()) {
                    num.set(num.get() + 1);
                }
            }));
        }
        handles.forEach(JoinHandle::join);
        try (var num = counter.get().lock()) {
            System.out.println("Result: " + num.get());
        }
    }
}
