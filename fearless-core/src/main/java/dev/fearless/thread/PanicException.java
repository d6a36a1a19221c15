package dev.fearless.thread;

/**
 * Thrown by {@link JoinHandle#join()} when the joined thread ended with an exception (Rust's panic);
 * the thread's own exception is the {@linkplain #getCause() cause}.
 */
public class PanicException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception for a thread that failed with {@code cause}. */
    public PanicException(String message, Throwable cause) {
        super(message, cause);
    }
}
