package dev.fearless.examples.ch16;

import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

/**
 * The Rust Book, listing 16-5, "Using the {@code move} keyword to force a closure to take ownership of
 * the values it uses".
 *
 * <pre>{@code
 * use std::thread;
 *
 * fn main() {
 *     let v = vec![1, 2, 3];
 *
 *     let handle = thread::spawn(move || {
 *         println!("Here's a vector: {v:?}");
 *     });
 *
 *     handle.join().unwrap();
 * }
 * }</pre>
 *
 * <p>Rust prints:
 * <pre>
 * Here's a vector: [1, 2, 3]
 * </pre>
 * This port prints the same. A Java lambda has no {@code move}: it always captures a reference to the
 * list. What makes the capture safe is that {@code main} leaves {@code v} alone once the thread has it;
 * {@code -Xplugin:Fearless} checks that: changing {@code v} on the main thread while the spawned thread
 * may still read it (say {@code v.clear()} before the join, Java's version of listing 16-4's
 * {@code drop(v)}) is a compile error.
 */
public final class Listing16_05 {
    private Listing16_05() {
    }

    /**
     * Hands a list to a new thread, which prints it, and waits for that thread.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        List<Integer> v = new ArrayList<>(List.of(1, 2, 3));

        JoinHandle<Void> handle = Threads.spawn(() -> {
            System.out.println("Here's a vector: " + v);
        });

        handle.join();
    }
}
