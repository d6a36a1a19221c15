package dev.fearless.thread;

import dev.fearless.marker.Send;
import dev.fearless.marker.Sync;

/**
 * A handle to join a scoped thread early (Rust's {@code std::thread::ScopedJoinHandle}), returned by
 * {@link Scope#spawn(java.util.function.Supplier)}.
 *
 * <pre>{@code
 * String greeting = Threads.scope(s -> {
 *     ScopedJoinHandle<String> h = s.spawn(() -> "hello");
 *     return h.join() + ", world";
 * });
 * }</pre>
 *
 * <p>Joining a thread that failed throws {@link PanicException} here and counts as handling the
 * failure: the scope then does not fail because of that thread. A thread that is never joined is
 * joined when the scope ends, and its failure fails the scope.
 *
 * <p>Marked {@link Send @Send} and {@link Sync @Sync}, like {@link JoinHandle}.
 *
 * <p>Memory consistency effects: every action of the scoped thread happens-before {@link #join()}
 * returns or throws.
 *
 * @param <T> the type of the thread's result ({@link Void} for a {@link Runnable} body)
 */
@Send
@Sync
public final class ScopedJoinHandle<T> {
    private final Packet<T> packet;

    ScopedJoinHandle(Packet<T> packet) {
        this.packet = packet;
    }

    /**
     * Waits for the scoped thread and returns its result. Like {@link JoinHandle#join()}: an
     * interrupt does not stop the wait and is restored afterwards; repeated calls report the same
     * outcome.
     *
     * <pre>{@code
     * Threads.scope(s -> {
     *     ScopedJoinHandle<Void> h = s.spawn(() -> { throw new IllegalStateException(); });
     *     try {
     *         h.join();
     *     } catch (PanicException e) {
     *         // handled here, so the scope itself returns normally
     *     }
     *     return null;
     * });
     * }</pre>
     *
     * <p>Memory consistency effects: every action of the joined thread happens-before this method
     * returns or throws.
     *
     * @return the thread's result ({@code null} for a {@link Runnable} body)
     * @throws PanicException if the thread's body threw; the cause is that throwable
     * @throws IllegalStateException if called by the thread itself
     */
    public T join() {
        return packet.join();
    }

    /**
     * Whether the thread's body has finished, without waiting.
     *
     * <pre>{@code
     * Threads.scope(s -> {
     *     ScopedJoinHandle<Void> h = s.spawn(() -> { });
     *     boolean done = h.isFinished(); // true or false, depending on timing
     *     return null;
     * });
     * }</pre>
     *
     * <p>Memory consistency effects: if this returns {@code true}, every action of the thread's body
     * happens-before this method returns.
     *
     * @return {@code true} once the body has returned or thrown
     */
    public boolean isFinished() {
        return packet.isFinished();
    }

    /**
     * The scoped thread.
     *
     * <pre>{@code
     * Threads.scope(s -> s.spawn(() -> { }).thread().getName());
     * }</pre>
     *
     * <p>Memory consistency effects: none beyond those of {@link Thread}'s own methods.
     *
     * @return the thread this handle joins
     */
    public Thread thread() {
        return packet.thread();
    }

    @Override
    public String toString() {
        return "ScopedJoinHandle[" + packet.thread().getName() + (isFinished() ? ", finished]" : ", running]");
    }
}
