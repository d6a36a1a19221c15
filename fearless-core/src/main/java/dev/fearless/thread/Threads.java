package dev.fearless.thread;

import dev.fearless.marker.Send;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Spawning threads (Rust's {@code std::thread}): {@link #spawn(Supplier)} for a thread that may outlive
 * its caller, {@link #scope(Function)} for threads that are all joined before the caller goes on, and
 * {@link #builder()} for a named, daemon or virtual thread.
 *
 * <pre>{@code
 * // The Rust Book, listing 16-2
 * JoinHandle<Void> handle = Threads.spawn(() -> {
 *     for (int i = 1; i < 10; i++) {
 *         System.out.println("hi number " + i + " from the spawned thread!");
 *         Threads.sleep(Duration.ofMillis(1));
 *     }
 * });
 * for (int i = 1; i < 5; i++) {
 *     System.out.println("hi number " + i + " from the main thread!");
 *     Threads.sleep(Duration.ofMillis(1));
 * }
 * handle.join();
 * }</pre>
 *
 * <p>The {@link Send @Send} annotations on the {@code spawn} parameters mark thread boundaries for the
 * {@code -Xplugin:Fearless} checker, which then rejects lambdas that capture values that are not safe
 * to use from another thread (an {@code Rc}, a {@code MutexGuard}, a shared {@code ArrayList}).
 *
 * <p>A thread whose body throws reports the exception to its uncaught-exception handler, as any Java
 * thread would (by default it is printed, as Rust prints a panic), and {@code join()} then throws
 * {@link PanicException} with that exception as the cause.
 */
public final class Threads {
    private Threads() {
    }

    /**
     * Starts a new platform thread that runs {@code body}, and returns a handle whose
     * {@link JoinHandle#join()} hands back what {@code body} returned (Rust's {@code thread::spawn}).
     * The thread gets Java's defaults: named {@code Thread-N}, daemon if the caller is.
     *
     * <pre>{@code
     * List<Integer> v = List.of(1, 2, 3);
     * JoinHandle<Integer> handle = Threads.spawn(() -> {
     *     System.out.println("Here's a list: " + v);
     *     return v.size();
     * });
     * int size = handle.join(); // 3
     * }</pre>
     *
     * <p>Discarding the handle neither joins nor cancels the thread.
     *
     * <p>Memory consistency effects: actions in the calling thread prior to this call happen-before
     * {@code body} starts; every action of the new thread happens-before {@code join()} returns or
     * throws.
     *
     * @param body the code to run on the new thread
     * @param <T> the result type
     * @return the handle to join the thread
     */
    public static <T> JoinHandle<T> spawn(@Send Supplier<T> body) {
        Objects.requireNonNull(body, "body");
        Packet<T> packet = new Packet<>(body, null);
        Thread thread = new Thread(packet);
        packet.bind(thread);
        thread.start();
        return new JoinHandle<>(packet);
    }

    /**
     * Starts a new platform thread that runs {@code body} (Rust's {@code thread::spawn} for a closure
     * that returns {@code ()}).
     *
     * <pre>{@code
     * // The Rust Book, listing 16-3, with the value moved into the thread
     * List<Integer> v = List.of(1, 2, 3);
     * JoinHandle<Void> handle = Threads.spawn(() -> {
     *     System.out.println("Here's a list: " + v);
     * });
     * handle.join();
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #spawn(Supplier)}.
     *
     * @param body the code to run on the new thread
     * @return the handle to join the thread; its {@code join()} returns {@code null}
     */
    public static JoinHandle<Void> spawn(@Send Runnable body) {
        return spawn(asSupplier(body));
    }

    /**
     * Runs {@code body} with a {@link Scope} on which it may spawn scoped threads, and returns what
     * {@code body} returns once every thread spawned on the scope has finished (Rust's
     * {@code thread::scope}). Scoped threads may use the caller's locals, which outlive them.
     *
     * <pre>{@code
     * int[] data = {1, 2, 3, 4};
     * int total = Threads.scope(s -> {
     *     ScopedJoinHandle<Integer> left = s.spawn(() -> data[0] + data[1]);
     *     ScopedJoinHandle<Integer> right = s.spawn(() -> data[2] + data[3]);
     *     return left.join() + right.join();
     * }); // 10
     * }</pre>
     *
     * <p>Every thread is joined before this method returns or throws, including threads spawned by
     * other scoped threads, even if {@code body} throws. Then, in this order:
     * <ul>
     *   <li>if {@code body} threw, that same throwable is rethrown, with the failures of threads that
     *       nobody joined added as {@linkplain Throwable#getSuppressed() suppressed};</li>
     *   <li>else if a thread that nobody joined threw, a {@link PanicException} is thrown whose cause is
     *       the first such failure (in spawn order) and whose suppressed exceptions are the others;</li>
     *   <li>else {@code body}'s result is returned.</li>
     * </ul>
     * A failure observed through {@link ScopedJoinHandle#join()} is the joiner's to handle and does not
     * fail the scope. If the calling thread is interrupted while waiting, it keeps waiting and its
     * interrupt flag is set again before this method returns. Spawning on the scope after it has
     * ended throws {@link IllegalStateException}.
     *
     * <p>Memory consistency effects: actions in the calling thread prior to a {@code spawn} on the
     * scope happen-before the spawned thread starts; every action of every scoped thread
     * happens-before this method returns or throws.
     *
     * @param body the code that spawns scoped threads
     * @param <R> the result type
     * @return what {@code body} returned
     * @throws PanicException if a scoped thread that nobody joined failed
     */
    public static <R> R scope(Function<? super Scope, ? extends R> body) {
        Objects.requireNonNull(body, "body");
        return new Scope().run(body);
    }

    /**
     * Settings for a new thread: name, daemon, stack size, virtual (JDK 21+), then {@code spawn}
     * (Rust's {@code thread::Builder::new()}).
     *
     * <pre>{@code
     * JoinHandle<Void> h = Threads.builder().name("worker").spawn(() -> { work(); });
     * }</pre>
     *
     * <p>Memory consistency effects: none; the returned builder is immutable.
     *
     * @return a builder with Java's default settings
     */
    public static Builder builder() {
        return Builder.defaults();
    }

    /**
     * Puts the current thread to sleep for at least {@code duration} (Rust's {@code thread::sleep}).
     * An interrupt does not cut the sleep short, as Rust has no interrupts; the interrupt flag is set
     * again before this method returns. A zero or negative duration returns at once.
     *
     * <pre>{@code
     * Threads.sleep(Duration.ofMillis(1));
     * }</pre>
     *
     * <p>Memory consistency effects: none.
     *
     * @param duration how long to sleep; {@code Duration.ofMillis(Long.MAX_VALUE)} is accepted
     */
    public static void sleep(Duration duration) {
        long nanos = saturatedNanos(duration);
        long deadline = System.nanoTime() + nanos; // wraps for huge durations; the difference below does not
        boolean interrupted = false;
        for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code duration} in nanoseconds, clamped to {@code [0, Long.MAX_VALUE]} instead of overflowing. */
    static long saturatedNanos(Duration duration) {
        if (duration.isNegative()) {
            return 0;
        }
        try {
            return duration.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    static Supplier<Void> asSupplier(Runnable body) {
        Objects.requireNonNull(body, "body");
        return () -> {
            body.run();
            return null;
        };
    }

    /** Rethrows {@code failure} as itself, checked or not, so that it reaches the caller unchanged. */
    @SuppressWarnings("unchecked")
    static <E extends Throwable> E sneaky(Throwable failure) throws E {
        throw (E) failure;
    }
}
