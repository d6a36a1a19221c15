package dev.fearless.sync;

/**
 * Thrown when a lock is acquired after another holder failed while holding it (Rust's
 * {@code PoisonError}): the data may be half-updated. The lock is not held when this is thrown by
 * {@code lock()}, {@code read()}, {@code write()} or their {@code try} forms; a {@link Condvar} wait
 * throws it with the lock held again by the caller's guard. Unchecked, like a Rust {@code unwrap()}
 * on the poisoned result.
 *
 * <pre>{@code
 * Mutex<Integer> counter = Mutex.of(0);
 * try (MutexGuard<Integer> guard = counter.lock()) {
 *     guard.update(n -> n + 1);
 * } catch (PoisonException e) {
 *     try (MutexGuard<Integer> guard = counter.lockIgnoringPoison()) {
 *         guard.set(0);          // repair
 *         counter.clearPoison();
 *     }
 * }
 * }</pre>
 */
public class PoisonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with the given message.
     *
     * @param message names the poisoned lock and how to recover
     */
    public PoisonException(String message) {
        super(message);
    }
}
