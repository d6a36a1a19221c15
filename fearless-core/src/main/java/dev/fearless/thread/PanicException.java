package dev.fearless.thread;

/**
 * Thrown by {@link JoinHandle#join()} and {@link ScopedJoinHandle#join()} when the joined thread ended
 * with an exception (Rust's panic), and by {@link Threads#scope(java.util.function.Function)} when a
 * thread that nobody joined failed. The thread's own exception, whatever its type ({@link Error}s
 * too), is the {@linkplain #getCause() cause}.
 *
 * <pre>{@code
 * try {
 *     Threads.spawn(() -> { throw new ArithmeticException("/ by zero"); }).join();
 * } catch (PanicException e) {
 *     ArithmeticException why = (ArithmeticException) e.getCause();
 * }
 * }</pre>
 *
 * <p>Unchecked, so that {@code join()} declares no checked exception, like Rust's
 * {@code join().unwrap()}.
 */
public class PanicException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for a thread that failed with {@code cause}.
     *
     * <pre>{@code
     * Throwable failure = new IllegalStateException("index out of bounds");
     * throw new PanicException("thread 'worker' panicked", failure);
     * }</pre>
     *
     * @param message what failed
     * @param cause the thread's own exception
     */
    public PanicException(String message, Throwable cause) {
        super(message, cause);
    }
}
