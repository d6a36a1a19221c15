package dev.fearless.thread;

import dev.fearless.marker.Send;
import dev.fearless.marker.Sync;

/**
 * An owned permission to join a spawned thread (Rust's {@code std::thread::JoinHandle}), returned by
 * {@link Threads#spawn(java.util.function.Supplier)} and {@link Builder#spawn(java.util.function.Supplier)}.
 *
 * <pre>{@code
 * JoinHandle<Integer> handle = Threads.spawn(() -> {
 *     for (int i = 1; i < 10; i++) {
 *         System.out.println("hi number " + i + " from the spawned thread!");
 *     }
 *     return 42;
 * });
 * int answer = handle.join(); // waits for the thread, then 42
 * }</pre>
 *
 * <p>Discarding a handle neither joins nor cancels its thread: the thread runs on, detached, as in
 * Rust. {@link #join()} may be called more than once, from any thread; every call reports the same
 * outcome.
 *
 * <p>Marked {@link Send @Send} and {@link Sync @Sync}: the handle itself holds no user state until the
 * thread has finished, and the thread's result crosses to the joiner through the join, whose
 * happens-before edge makes that hand-over safe.
 *
 * <p>Memory consistency effects: every action of the spawned thread happens-before {@link #join()}
 * returns or throws in the joining thread; actions in a thread prior to spawning happen-before the
 * spawned thread's body starts.
 *
 * @param <T> the type of the thread's result ({@link Void} for a {@link Runnable} body)
 */
@Send
@Sync
public final class JoinHandle<T> {
    private final Packet<T> packet;

    JoinHandle(Packet<T> packet) {
        this.packet = packet;
    }

    /**
     * Waits for the thread to finish and returns what its body returned.
     *
     * <pre>{@code
     * JoinHandle<String> handle = Threads.spawn(() -> "done");
     * String s = handle.join(); // "done"
     *
     * JoinHandle<Void> failing = Threads.spawn(() -> { throw new IllegalStateException("boom"); });
     * try {
     *     failing.join();
     * } catch (PanicException e) {
     *     Throwable why = e.getCause(); // the IllegalStateException itself
     * }
     * }</pre>
     *
     * <p>If the waiting thread is interrupted, it keeps waiting (the thread being joined is not
     * affected) and its interrupt flag is set again before this method returns or throws, so that
     * code after the join still sees the interrupt.
     *
     * <p>Memory consistency effects: every action of the joined thread happens-before this method
     * returns or throws.
     *
     * @return the thread's result ({@code null} for a {@link Runnable} body)
     * @throws PanicException if the thread's body threw; its {@linkplain Throwable#getCause() cause} is
     *     that very throwable (an {@link Error} too)
     * @throws IllegalStateException if called by the thread itself, which would wait forever
     */
    public T join() {
        return packet.join();
    }

    /**
     * Whether the thread's body has finished running, normally or by throwing, without waiting
     * (Rust's {@code is_finished}). The thread may still be terminating: a following
     * {@link #join()} may block very briefly.
     *
     * <pre>{@code
     * JoinHandle<Void> handle = Threads.spawn(() -> { });
     * while (!handle.isFinished()) {
     *     Thread.onSpinWait();
     * }
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
     * The thread this handle joins (Rust's {@code JoinHandle::thread}), for its name or id.
     *
     * <pre>{@code
     * JoinHandle<Void> handle = Threads.builder().name("worker").spawn(() -> { });
     * String name = handle.thread().getName(); // "worker"
     * }</pre>
     *
     * <p>Memory consistency effects: none beyond those of {@link Thread}'s own methods.
     *
     * @return the spawned thread
     */
    public Thread thread() {
        return packet.thread();
    }

    @Override
    public String toString() {
        return "JoinHandle[" + packet.thread().getName() + (isFinished() ? ", finished]" : ", running]");
    }
}
