package dev.fearless.examples.ch16;

import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

/**
 * The Rust Book, listing 16-4, "A thread with a closure that attempts to capture a reference to {@code v} from
 * a main thread that drops {@code v}". Java's garbage collector keeps {@code v} alive, so the Java version of
 * dropping it is changing it: clearing the list while the spawned thread may still read it is a data race,
 * which {@code -Xplugin:Fearless} rejects with F0382.
 */
public final class Listing16_04 {
    private Listing16_04() {
    }

    /** Spawns a thread that prints the list, and clears the list before joining it. */
    public static void main(String[] args) {
        List<Integer> v = new ArrayList<>(List.of(1, 2, 3));

        JoinHandle<Void> handle = Threads.spawn(() -> {
            System.out.println("Here's a vector: " + v);
        });

        v.clear();

        handle.join();
    }
}
