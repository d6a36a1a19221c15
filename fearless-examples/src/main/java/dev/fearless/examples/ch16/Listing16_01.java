package dev.fearless.examples.ch16;

import dev.fearless.thread.Threads;

import java.time.Duration;

/**
 * The Rust Book, listing 16-1, "Creating a new thread to print one thing while the main thread prints
 * something else".
 *
 * <pre>{@code
 * use std::thread;
 * use std::time::Duration;
 *
 * fn main() {
 *     thread::spawn(|| {
 *         for i in 1..10 {
 *             println!("hi number {i} from the spawned thread!");
 *             thread::sleep(Duration::from_millis(1));
 *         }
 *     });
 *
 *     for i in 1..5 {
 *         println!("hi number {i} from the main thread!");
 *         thread::sleep(Duration::from_millis(1));
 *     }
 * }
 * }</pre>
 *
 * <p>Rust prints, for example:
 * <pre>
 * hi number 1 from the main thread!
 * hi number 1 from the spawned thread!
 * hi number 2 from the main thread!
 * hi number 2 from the spawned thread!
 * hi number 3 from the main thread!
 * hi number 3 from the spawned thread!
 * hi number 4 from the main thread!
 * hi number 4 from the spawned thread!
 * hi number 5 from the spawned thread!
 * </pre>
 * The four main-thread lines always come, in order; the spawned thread's lines come in order but are
 * cut short, because a Rust program ends, spawned threads and all, when {@code main} returns. The two
 * threads' lines interleave differently from run to run.
 *
 * <p>A Java program instead waits for its non-daemon threads, and {@code Threads.spawn} gives a thread
 * spawned from {@code main} the daemon status of {@code main}, that is none. To keep the book's point
 * (the spawned thread may not get to finish), this port spawns it as a daemon thread through
 * {@link Threads#builder()}; the JVM then stops it when {@code main} returns, as Rust does. Listing 16-2
 * ({@link Listing16_02}) waits for it with a join handle instead.
 */
public final class Listing16_01 {
    private Listing16_01() {
    }

    /**
     * Spawns a thread that prints nine lines and prints four lines on the main thread, with a
     * millisecond's pause after each line; returns without waiting for the spawned thread.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Threads.builder().daemon(true).spawn(() -> {
            for (int i = 1; i < 10; i++) {
                System.out.println("hi number " + i + " from the spawned thread!");
                Threads.sleep(Duration.ofMillis(1));
            }
        });

        for (int i = 1; i < 5; i++) {
            System.out.println("hi number " + i + " from the main thread!");
            Threads.sleep(Duration.ofMillis(1));
        }
    }
}
