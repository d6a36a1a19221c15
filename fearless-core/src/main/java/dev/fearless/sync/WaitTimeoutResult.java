package dev.fearless.sync;

import dev.fearless.marker.Send;
import dev.fearless.marker.Sync;

/**
 * Whether a timed {@link Condvar} wait returned because its time ran out (Rust's
 * {@code std::sync::WaitTimeoutResult}).
 *
 * <pre>{@code
 * Mutex<Boolean> ready = Mutex.of(false);
 * Condvar condvar = new Condvar();
 * try (MutexGuard<Boolean> guard = ready.lock()) {
 *     WaitTimeoutResult result = condvar.awaitTimeout(guard, Duration.ofSeconds(1));
 *     if (result.timedOut()) {
 *         // nobody signalled in time; the lock is held again all the same
 *     }
 * }
 * }</pre>
 *
 * <p>Immutable, hence {@link Send @Send} and {@link Sync @Sync}. Memory consistency effects: none of
 * its own; the wait it describes re-acquired the mutex before returning it.
 */
@Send
@Sync
public final class WaitTimeoutResult {
    static final WaitTimeoutResult TIMED_OUT = new WaitTimeoutResult(true);
    static final WaitTimeoutResult SIGNALLED = new WaitTimeoutResult(false);

    private final boolean timedOut;

    private WaitTimeoutResult(boolean timedOut) {
        this.timedOut = timedOut;
    }

    static WaitTimeoutResult of(boolean timedOut) {
        return timedOut ? TIMED_OUT : SIGNALLED;
    }

    /**
     * {@code true} if the wait ended because the timeout elapsed rather than by a signal (for
     * {@link Condvar#awaitTimeoutWhile}: the condition still held when the time ran out).
     *
     * <pre>{@code
     * Mutex<Boolean> ready = Mutex.of(false);
     * Condvar condvar = new Condvar();
     * try (MutexGuard<Boolean> guard = ready.lock()) {
     *     boolean late = condvar.awaitTimeout(guard, Duration.ofMillis(10)).timedOut();
     * }
     * }</pre>
     *
     * @return whether the wait timed out
     */
    public boolean timedOut() {
        return timedOut;
    }

    @Override
    public String toString() {
        return "WaitTimeoutResult(" + timedOut + ")";
    }
}
