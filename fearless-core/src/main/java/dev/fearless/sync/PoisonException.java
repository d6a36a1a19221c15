package dev.fearless.sync;

/**
 * Thrown when a lock is acquired after another holder failed while holding it (Rust's
 * {@code PoisonError}): the data may be half-updated. The lock is not held when this is thrown.
 */
public class PoisonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with the given message. */
    public PoisonException(String message) {
        super(message);
    }
}
