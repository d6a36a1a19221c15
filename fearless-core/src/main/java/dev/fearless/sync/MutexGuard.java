package dev.fearless.sync;

import dev.fearless.marker.NotSend;
import dev.fearless.marker.NotSync;

import java.util.function.UnaryOperator;

/**
 * Proof that a {@link Mutex} is held; the only way to its data (Rust's {@code MutexGuard}). Closing the
 * guard unlocks the mutex, so use it in a {@code try}-with-resources block:
 *
 * <pre>{@code
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
    // Two fields only, so that escape analysis can scalar-replace a guard used within one method.
    private final Mutex<T> mutex;
    private boolean closed; // plain: a guard is confined to its locking thread, checked on every use

    MutexGuard(Mutex<T> mutex) {
        this.mutex = mutex;
    }

    /**
     * The guarded value (Rust's {@code Deref}).
     *
     * <pre>{@code
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
        return !closed && mutex.heldByCurrentThread();
    }

    Mutex<T> mutex() {
        return mutex;
    }

    /** Closes unless the holder already did (for {@link Mutex#withLock}). */
    void closeIfOpen() {
        if (!closed && mutex.heldByCurrentThread()) {
            closed = true;
            mutex.unlock();
        }
    }

    /** After a failed re-acquisition in a condition wait: the lock is not held, so nothing to unlock. */
    void markReleased() {
        closed = true;
    }

    private void checkUsable() {
        if (closed) {
            throw new IllegalStateException("this MutexGuard is already closed: the mutex was unlocked; "
                    + "lock it again to use the value");
        }
        if (!mutex.heldByCurrentThread()) {
            Thread owner = mutex.owner();
            throw new IllegalStateException("a MutexGuard can only be used on the thread that locked the mutex ("
                    + (owner == null ? "unknown" : owner.getName()) + "), not on "
                    + Thread.currentThread().getName() + "; the mutex stays locked");
        }
    }
}
