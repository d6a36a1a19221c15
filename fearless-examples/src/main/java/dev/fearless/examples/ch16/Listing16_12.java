package dev.fearless.examples.ch16;

import dev.fearless.sync.Mutex;
import dev.fearless.sync.MutexGuard;

/**
 * The Rust Book, listing 16-12, "Exploring the API of {@code Mutex<T>} in a single-threaded context for
 * simplicity".
 *
 * <pre>{@code
 * use std::sync::Mutex;
 *
 * fn main() {
 *     let m = Mutex::new(5);
 *
 *     {
 *         let mut num = m.lock().unwrap();
 *         *num = 6;
 *     }
 *
 *     println!("m = {m:?}");
 * }
 * }</pre>
 *
 * <p>Rust prints:
 * <pre>
 * m = Mutex { data: 6, poisoned: false, .. }
 * </pre>
 *
 * <p>This port prints the same: {@link Mutex#toString()} is Rust's {@code Debug}, which tries the lock
 * without blocking and shows the data when it gets it ({@code data: <locked>} otherwise).
 *
 * <p>The block in which Rust's guard {@code num} lives becomes a try-with-resources statement: closing
 * the {@link MutexGuard} at its end is Rust's drop of the guard, which unlocks the mutex.
 * {@link Mutex#lock()} is Rust's {@code lock().unwrap()}: on a poisoned mutex it throws a
 * {@code PoisonException}. {@code *num = 6} becomes {@link MutexGuard#set(Object) num.set(6)}.
 */
public final class Listing16_12 {
    private Listing16_12() {
    }

    /**
     * Locks a mutex holding 5, stores 6 in it, unlocks it, and prints the mutex.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Mutex<Integer> m = Mutex.of(5);

        try (MutexGuard<Integer> num = m.lock()) {
            num.set(6);
        }

        System.out.println("m = " + m);
    }
}
