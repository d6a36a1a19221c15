// expect: no diagnostic
// The Rust Book, listing 16-5: `move` gives the thread ownership of `v`; main never touches it again.
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class Listing16_05 {
    public static void main(String[] args) {
        List<Integer> v = new ArrayList<>(List.of(1, 2, 3));
        JoinHandle<Void> handle = Threads.spawn(() -> {
            v.add(4);
            System.out.println("Here's a vector: " + v);
        });
        handle.join();
    }
}
