// expect: no diagnostic
// The Rust Book, listing 16-3: rustc rejects borrowing `v` without `move` (E0373) because `v` could be
// dropped while the thread runs. Java's garbage collector keeps `v` alive, and nobody changes it: no race.
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.List;

class Listing16_03 {
    public static void main(String[] args) {
        List<Integer> v = List.of(1, 2, 3);
        JoinHandle<Void> handle = Threads.spawn(() -> {
            System.out.println("Here's a vector: " + v);
        });
        handle.join();
    }
}
