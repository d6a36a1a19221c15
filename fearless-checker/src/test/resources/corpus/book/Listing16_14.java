// The Rust Book, listing 16-14: Rc<Mutex<i32>> cannot be sent between threads (E0277).
import dev.fearless.rc.Rc;
import dev.fearless.sync.Mutex;
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class Listing16_14 {
    public static void main(String[] args) {
        Rc<Mutex<Integer>> counter = Rc.of(Mutex.of(0));
        List<JoinHandle<Void>> handles = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Rc<Mutex<Integer>> mine = counter.clone();
            handles.add(Threads.spawn(() -> {
                try (var num = mine.get().lock()) {
                    num.set(num.get() + 1);
                }
            }));
        }
        handles.forEach(JoinHandle::join);
    }
}
