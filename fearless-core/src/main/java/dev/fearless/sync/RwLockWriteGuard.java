package dev.fearless.sync;

import dev.fearless.marker.NotSend;
import dev.fearless.marker.NotSync;

import java.util.function.UnaryOperator;

/**
 * Exclusive write access to an {@link RwLock}'s value (Rust's {@code RwLockWriteGuard}); closing it
 * releases the write lock, {@link RwLock#downgrade} turns it into a read guard.
 *
 * <pre>{@code
 * RwLock<Integer> version = RwLock.of(1);
 * try (RwLockWriteGuard<Integer> guard = version.write()) {
 *     guard.update(v -> v + 1);
 * }
 * }</pre>
 *
 * <p><b>Markers.</b> {@link NotSend @NotSend}: the write lock must be released by the thread that
 * acquired it. {@link NotSync @NotSync}: its holder may change the value at any moment. At run time every
 * method checks the thread and throws {@link IllegalStateException} on another one or after
 * {@link #close()} or a downgrade.
 *
 * <p><b>Memory consistency effects:</b> actions in the holding thread prior to {@link #close()}
 * happen-before actions following any subsequent acquisition (read or write) of the lock.
 *
 * @param <T> the type of the guarded value
 */
@NotSend(reason = "a write lock must be released by the thread that acquired it",
        help = "take the write guard inside the other thread instead: share the `Arc<RwLock<T>>`, not the guard")
@NotSync(reason = "its holder may change the guarded value at any moment",
        help = "read the value and share a copy, or share the `Arc<RwLock<T>>` and lock it where it is used")
public final class RwLockWriteGuard<T> implements AutoCloseable {
    private final RwLock<T> lock;
    // The thread that takes the write lock. While the guard is open that thread holds it (downgrade
    // closes the guard), so the checks compare threads instead of reading the lock's owner field.
    private final Thread holder;
    private boolean closed; // plain: confined to the writing thread, checked on every use

    /** Called by the thread that is about to take the write lock; unused if that fails. */
    RwLockWriteGuard(RwLock<T> lock) {
        this.lock = lock;
        this.holder = Thread.currentThread();
    }

    /**
     * The guarded value (Rust's {@code DerefMut}).
     *
     * <pre>{@code
     * RwLock<List<String>> names = RwLock.of(new ArrayList<>());
     * try (RwLockWriteGuard<List<String>> guard = names.write()) {
     *     guard.get().add("Ferris");
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: sees every write made under this lock before it was acquired.
     *
     * @return the value
     * @throws IllegalStateException if closed or downgraded, or used on another thread
     */
    public T get() {
        checkUsable();
        return lock.value();
    }

    /**
     * Replaces the guarded value.
     *
     * <pre>{@code
     * RwLock<Integer> version = RwLock.of(1);
     * try (RwLockWriteGuard<Integer> guard = version.write()) {
     *     guard.set(2);
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: the write happens-before any subsequent acquisition of the lock.
     *
     * @param value the new value
     * @throws IllegalStateException if closed or downgraded, or used on another thread
     */
    public void set(T value) {
        checkUsable();
        lock.value(value);
    }

    /**
     * Replaces the guarded value and returns the old one.
     *
     * <pre>{@code
     * RwLock<List<String>> names = RwLock.of(new ArrayList<>());
     * try (RwLockWriteGuard<List<String>> guard = names.write()) {
     *     List<String> old = guard.replace(new ArrayList<>());
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #set}.
     *
     * @param value the new value
     * @return the previous value
     * @throws IllegalStateException if closed or downgraded, or used on another thread
     */
    public T replace(T value) {
        checkUsable();
        T old = lock.value();
        lock.value(value);
        return old;
    }

    /**
     * Replaces the guarded value with {@code change} applied to it; if {@code change} throws, the value
     * is unchanged.
     *
     * <pre>{@code
     * RwLock<Integer> version = RwLock.of(1);
     * try (RwLockWriteGuard<Integer> guard = version.write()) {
     *     guard.update(v -> v + 1);
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #set}.
     *
     * @param change computes the new value from the current one
     * @throws IllegalStateException if closed or downgraded, or used on another thread
     */
    public void update(UnaryOperator<T> change) {
        checkUsable();
        lock.value(change.apply(lock.value()));
    }

    /**
     * Releases the write lock (Rust's {@code drop(guard)}); only on the acquiring thread, only once.
     *
     * <pre>{@code
     * RwLock<Integer> version = RwLock.of(1);
     * RwLockWriteGuard<Integer> guard = version.write();
     * try {
     *     guard.update(v -> v + 1);
     * } finally {
     *     guard.close();
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: actions prior to this call happen-before actions following any
     * subsequent acquisition of the lock.
     *
     * @throws IllegalStateException if already closed or downgraded, or called on another thread (the
     *                               lock then stays held)
     */
    @Override
    public void close() {
        checkUsable();
        closed = true;
        lock.unlockWrite();
    }

    RwLock<T> owner() {
        return lock;
    }

    void closeIfOpen() {
        if (!closed && Thread.currentThread() == holder) {
            closed = true;
            lock.unlockWrite();
        }
    }

    /** The write lock is handed over to a read guard by {@link RwLock#downgrade}. */
    void markDowngraded() {
        closed = true;
    }

    void checkUsable() {
        if (closed || Thread.currentThread() != holder) {
            throw unusable();
        }
    }

    /** Kept out of {@link #checkUsable()} so that the check stays small enough to inline everywhere. */
    private IllegalStateException unusable() {
        if (closed) {
            return new IllegalStateException(
                    "this RwLockWriteGuard is already closed or downgraded; take a new guard");
        }
        return new IllegalStateException("an RwLockWriteGuard can only be used on the thread that acquired it ("
                + holder.getName() + "), not on " + Thread.currentThread().getName()
                + "; the write lock stays held");
    }
}
