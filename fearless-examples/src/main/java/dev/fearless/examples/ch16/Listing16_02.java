package dev.fearless.examples.ch16;

import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.time.Duration;

/**
 * The Rust Book, listing 16-2, "Saving a {@code JoinHandle<T>} from {@code thread::spawn} to guarantee
 * the thread is run to completion".
 *
 * <pre>{@code
 * use std::thread;
 * use std::time::Duration;
 *
 * fn main() {
 *     let handle = thread::spawn(|| {
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
 *
 *     handle.join().unwrap();
 * }
 * }</pre>
 *
 * <p>Rust prints, for example:
 * <pre>
 * hi number 1 from the main thread!
 * hi number 2 from the main thread!
 * hi number 1 from the spawned thread!
 * hi number 3 from the main thread!
 * hi number 2 from the spawned thread!
 * hi number 4 from the main thread!
 * hi number 3 from the spawned thread!
 * hi number 4 from the spawned thread!
 * hi number 5 from the spawned thread!
 * hi number 6 from the spawned thread!
 * hi number 7 from the spawned thread!
 * hi number 8 from the spawned thread!
 * hi number 9 from the spawned thread!
 * </pre>
 * All thirteen lines always come, each thread's in order; how the two threads interleave changes from
 * run to run. This port prints the same. {@link JoinHandle#join()} is Rust's {@code join().unwrap()}:
 * had the spawned thread thrown, {@code join} would throw a {@code PanicException} with that exception
 * as its cause.
 */
public final class Listing16_02 {
    private Listing16_02() {
    }

    /**
     * Spawns a thread that prints nine lines, prints four lines on the main thread, then waits for the
     * spawned thread to finish.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        JoinHandle<Void> handle = Threads.spawn(() -> {
            for (int i = 1; i < 10; i++) {
                System.out.println("hi number " + i + " from the spawned thread!");
                Threads.sleep(Duration.ofMillis(1));
            }
        });

        for (int i = 1; i < 5; i++) {
            System.out.println("hi number " + i + " from the main thread!");
            Threads.sleep(Duration.ofMillis(1));
        }

        handle.join();
    }
}
