// The Rust Book, listing 16-4: main drops `v` while the thread may still use it. Java's version of the
// drop is a change: clearing the list while the other thread reads it is a race.
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class Listing16_04 {
    public static void main(String[] args) {
        List<Integer> v = new ArrayList<>(List.of(1, 2, 3));
        JoinHandle<Void> handle = Threads.spawn(() -> {
            System.out.println("Here's a vector: " + v);
        });
        v.clear();
        handle.join();
    }
}
