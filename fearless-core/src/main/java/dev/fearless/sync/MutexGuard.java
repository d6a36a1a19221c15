package dev.fearless.sync;

import dev.fearless.marker.NotSend;
import dev.fearless.marker.NotSync;

import java.util.function.UnaryOperator;

/**
 * Proof that a {@link Mutex} is held; the only way to its data (Rust's {@code MutexGuard}). Closing the
 * guard unlocks the mutex, so use it in a {@code try}-with-resources block:
 *
 * <pre>{@code
 * Mutex<List<String>> names = Mutex.of(new ArrayList<>());
 * try (MutexGuard<List<String>> guard = names.lock()) {
 *     guard.get().add("Ferris");
 * }
 * }</pre>
 *
 * <p><b>Markers.</b> {@link NotSend @NotSend}: a lock must be released by the thread that acquired it;
 * {@link NotSync @NotSync}: its holder may change the value at any moment. The compiler plugin keeps a
 * guard on its thread; at run time every method checks it too: on another thread, or after
 * {@link #close()}, each throws {@link IllegalStateException} and changes nothing (in particular, the
 * mutex stays locked when another thread tries to close the guard).
 *
 * <p>Do not keep the value (or the guard) beyond the block: Java cannot stop a reference from
 * escaping, but anything touched outside the lock is unprotected.
 *
 * <p><b>Memory consistency effects:</b> actions in the holding thread prior to {@link #close()}
 * happen-before actions in the next thread that acquires the mutex.
 *
 * @param <T> the type of the guarded value
 */
@NotSend(reason = "a lock must be released by the thread that acquired it",
        help = "lock the mutex inside the other thread instead: share the `Arc<Mutex<T>>`, not the guard")
@NotSync(reason = "its holder may change the guarded value at any moment",
        help = "read the value and share a copy, or share the `Arc<Mutex<T>>` and lock it where it is used")
public final class MutexGuard<T> implements AutoCloseable {
    // Small and free of calls that do not inline, so that escape analysis can scalar-replace a guard
    // used within one method.
    private final Mutex<T> mutex;
    // The thread that locked. While the guard is open the mutex is held by this thread (Condvar marks a
    // guard released if it cannot take the lock back), so the checks compare threads here instead of
    // reading the lock's owner field, which sits on the cache line that waiting threads contend for.
    private final Thread holder;
    private boolean closed; // plain: a guard is confined to its locking thread, checked on every use

    /** Called by the thread that is about to lock {@code mutex}; unused if locking fails. */
    MutexGuard(Mutex<T> mutex) {
        this.mutex = mutex;
        this.holder = Thread.currentThread();
    }

    /**
     * The guarded value (Rust's {@code Deref}).
     *
     * <pre>{@code
     * Mutex<List<String>> names = Mutex.of(new ArrayList<>());
     * try (MutexGuard<List<String>> guard = names.lock()) {
     *     int size = guard.get().size();
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: sees every write made under this mutex before the lock was
     * acquired.
     *
     * @return the value
     * @throws IllegalStateException if the guard is closed or used on another thread than the one that
     *                               locked
     */
    public T get() {
        checkUsable();
        return mutex.value();
    }

    /**
     * Replaces the guarded value (Rust's {@code *guard = value}).
     *
     * <pre>{@code
     * Mutex<Integer> counter = Mutex.of(0);
     * try (MutexGuard<Integer> guard = counter.lock()) {
     *     guard.set(guard.get() + 1);
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: the write happens-before the next acquisition of the mutex.
     *
     * @param value the new value
     * @throws IllegalStateException if the guard is closed or used on another thread than the one that
     *                               locked
     */
    public void set(T value) {
        checkUsable();
        mutex.value(value);
    }

    /**
     * Replaces the guarded value and returns the old one (Rust's {@code std::mem::replace}).
     *
     * <pre>{@code
     * Mutex<List<String>> inbox = Mutex.of(new ArrayList<>());
     * try (MutexGuard<List<String>> guard = inbox.lock()) {
     *     List<String> drained = guard.replace(new ArrayList<>());
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #set}.
     *
     * @param value the new value
     * @return the previous value
     * @throws IllegalStateException if the guard is closed or used on another thread than the one that
     *                               locked
     */
    public T replace(T value) {
        checkUsable();
        T old = mutex.value();
        mutex.value(value);
        return old;
    }

    /**
     * Replaces the guarded value with {@code change} applied to it. If {@code change} throws, the value
     * is unchanged and the exception propagates (the guard stays open).
     *
     * <pre>{@code
     * Mutex<Integer> counter = Mutex.of(0);
     * try (MutexGuard<Integer> guard = counter.lock()) {
     *     guard.update(n -> n + 1);
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #set}.
     *
     * @param change computes the new value from the current one
     * @throws IllegalStateException if the guard is closed or used on another thread than the one that
     *                               locked
     */
    public void update(UnaryOperator<T> change) {
        checkUsable();
        mutex.value(change.apply(mutex.value()));
    }

    /**
     * Unlocks the mutex (Rust's {@code drop(guard)}). Only the thread that locked may close, and only
     * once.
     *
     * <pre>{@code
     * Mutex<Integer> counter = Mutex.of(0);
     * MutexGuard<Integer> guard = counter.lock();
     * try {
     *     guard.update(n -> n + 1);
     * } finally {
     *     guard.close();
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: actions prior to this call happen-before actions following a
     * subsequent acquisition of the same mutex by any thread.
     *
     * @throws IllegalStateException if already closed, or called on another thread than the one that
     *                               locked (the mutex then stays locked)
     */
    @Override
    public void close() {
        checkUsable();
        closed = true;
        mutex.unlock();
    }

    /** Whether this guard still holds the lock for the calling thread (for Condvar). */
    boolean isUsableHere() {
        return !closed && Thread.currentThread() == holder;
    }

    Mutex<T> mutex() {
        return mutex;
    }

    /** Closes unless the holder already did (for {@link Mutex#withLock}). */
    void closeIfOpen() {
        if (!closed && Thread.currentThread() == holder) {
            closed = true;
            mutex.unlock();
        }
    }

    /** After a failed re-acquisition in a condition wait: the lock is not held, so nothing to unlock. */
    void markReleased() {
        closed = true;
    }

    private void checkUsable() {
        if (closed || Thread.currentThread() != holder) {
            throw unusable();
        }
    }

    /** Kept out of {@link #checkUsable()} so that the check stays small enough to inline everywhere. */
    private IllegalStateException unusable() {
        if (closed) {
            return new IllegalStateException("this MutexGuard is already closed: the mutex was unlocked; "
                    + "lock it again to use the value");
        }
        return new IllegalStateException("a MutexGuard can only be used on the thread that locked the mutex ("
                + holder.getName() + "), not on " + Thread.currentThread().getName()
                + "; the mutex stays locked");
    }
}
