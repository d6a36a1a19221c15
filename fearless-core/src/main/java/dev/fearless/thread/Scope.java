package dev.fearless.thread;

import dev.fearless.marker.Send;
import dev.fearless.marker.Sync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A scope for spawning scoped threads (Rust's {@code std::thread::Scope}), handed to the body of
 * {@link Threads#scope(Function)}. Every thread spawned on it is joined before {@code scope} returns,
 * so scoped threads may use the caller's locals without outliving them.
 *
 * <pre>{@code
 * List<Integer> numbers = List.of(1, 2, 3);
 * int[] sums = new int[2];
 * Threads.scope(s -> {
 *     s.spawn(() -> { sums[0] = numbers.get(0) + numbers.get(1); });
 *     s.spawn(() -> { sums[1] = numbers.get(2); });
 *     return null;
 * });
 * // both threads have finished here: sums is {3, 3}
 * }</pre>
 *
 * <p>{@code spawn} may also be called from inside a scoped thread; threads spawned that way are joined
 * before the scope ends too. Once the scope has ended, {@code spawn} throws.
 *
 * <p>Marked {@link Send @Send} and {@link Sync @Sync}: scoped threads share the scope to spawn more
 * threads, and its state is guarded by a lock.
 *
 * <p>Memory consistency effects: actions in a thread prior to {@code spawn} happen-before the spawned
 * thread's body starts; every action of every scoped thread happens-before
 * {@link Threads#scope(Function)} returns or throws.
 */
/*
 * Implementation notes.
 *
 * The scope counts running threads under a lock, as Rust's scope counts them with an atomic. A thread
 * is counted before it is started and uncounted as the last act of its body, so the count is zero
 * only when no scoped thread can still spawn another: a spawn is made by the scope body (still
 * running, so the scope does not wait yet) or by a scoped thread (which is itself counted). The
 * closing thread waits for zero and sets `ended` in the same critical section, so a spawn through a
 * scope reference that escaped either is counted before the wait ends or sees `ended` and throws.
 *
 * After the count reaches zero, every thread is also joined with Thread.join(): that gives the
 * happens-before edge from each thread's last action to the scope's return, and it makes sure no
 * scoped thread is still alive (only terminating) when the scope returns.
 */
@Send
@Sync
public final class Scope {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition allFinished = lock.newCondition();
    private final List<Packet<?>> packets = new ArrayList<>(); // guarded by lock
    private int running; // guarded by lock
    private boolean ended; // guarded by lock

    Scope() {
    }

    /**
     * Spawns a scoped thread that runs {@code body} and returns its result through the handle
     * (Rust's {@code Scope::spawn}).
     *
     * <pre>{@code
     * int total = Threads.scope(s -> {
     *     ScopedJoinHandle<Integer> a = s.spawn(() -> 20);
     *     ScopedJoinHandle<Integer> b = s.spawn(() -> 22);
     *     return a.join() + b.join();
     * }); // 42
     * }</pre>
     *
     * <p>The {@link Send @Send} parameter marks a thread boundary for the {@code -Xplugin:Fearless}
     * checker: what {@code body} captures must be safe to use from another thread.
     *
     * <p>Memory consistency effects: actions in the calling thread prior to this call happen-before
     * {@code body} starts.
     *
     * @param body the code to run on the new thread
     * @param <T> the result type
     * @return a handle to join the thread early; threads not joined are joined when the scope ends
     * @throws IllegalStateException if the scope has ended
     */
    public <T> ScopedJoinHandle<T> spawn(@Send Supplier<T> body) {
        return spawn(null, body);
    }

    /**
     * Spawns a scoped thread that runs {@code body} (Rust's {@code Scope::spawn} for a closure that
     * returns {@code ()}).
     *
     * <pre>{@code
     * AtomicInteger count = new AtomicInteger();
     * Threads.scope(s -> {
     *     for (int i = 0; i < 4; i++) {
     *         s.spawn(() -> { count.incrementAndGet(); });
     *     }
     *     return null;
     * });
     * // count.get() == 4
     * }</pre>
     *
     * <p>The {@link Send @Send} parameter marks a thread boundary for the {@code -Xplugin:Fearless}
     * checker.
     *
     * <p>Memory consistency effects: actions in the calling thread prior to this call happen-before
     * {@code body} starts.
     *
     * @param body the code to run on the new thread
     * @return a handle to join the thread early
     * @throws IllegalStateException if the scope has ended
     */
    public ScopedJoinHandle<Void> spawn(@Send Runnable body) {
        return spawn(null, Threads.asSupplier(body));
    }

    /** Spawns with {@code builder}'s settings, or a plain platform thread if it is null. */
    <T> ScopedJoinHandle<T> spawn(Builder builder, Supplier<T> body) {
        Packet<T> packet = new Packet<>(body, this);
        Thread thread = builder == null ? new Thread(packet) : builder.newThread(packet);
        packet.bind(thread);
        lock.lock();
        try {
            if (ended) {
                throw new IllegalStateException("cannot spawn on a scope that has ended");
            }
            running++;
            packets.add(packet);
        } finally {
            lock.unlock();
        }
        try {
            thread.start();
        } catch (Throwable e) { // e.g. OutOfMemoryError: unable to create native thread
            lock.lock();
            try {
                packets.remove(packet);
                threadFinished();
            } finally {
                lock.unlock();
            }
            throw e;
        }
        return new ScopedJoinHandle<>(packet);
    }

    /** Called by each scoped thread as its last act. */
    void threadFinished() {
        lock.lock();
        try {
            if (--running == 0) {
                allFinished.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs the scope body, joins every thread and reports failures; see {@link Threads#scope}. */
    <R> R run(Function<? super Scope, ? extends R> body) {
        R result = null;
        Throwable bodyFailure = null;
        try {
            result = body.apply(this);
        } catch (Throwable e) {
            bodyFailure = e;
        }
        List<Packet<?>> all;
        lock.lock();
        try {
            while (running > 0) {
                allFinished.awaitUninterruptibly(); // keeps the interrupt flag set for the caller
            }
            ended = true;
            all = new ArrayList<>(packets);
        } finally {
            lock.unlock();
        }
        PanicException panic = null;
        for (Packet<?> packet : all) {
            Packet.joinUninterruptibly(packet.thread());
            Throwable failure = packet.unobservedFailure();
            if (failure == null) {
                continue;
            }
            if (bodyFailure != null) {
                if (failure != bodyFailure) {
                    bodyFailure.addSuppressed(failure);
                }
            } else if (panic == null) {
                panic = new PanicException("a scoped thread panicked: " + failure, failure);
            } else {
                panic.addSuppressed(failure);
            }
        }
        if (bodyFailure != null) {
            throw Threads.<RuntimeException>sneaky(bodyFailure);
        }
        if (panic != null) {
            throw panic;
        }
        return result;
    }

    @Override
    public String toString() {
        lock.lock();
        try {
            return "Scope[" + running + " running" + (ended ? ", ended]" : "]");
        } finally {
            lock.unlock();
        }
    }
}
