package dev.fearless.sync;

import dev.fearless.marker.NotSend;
import dev.fearless.marker.NotSync;

/**
 * Shared read access to an {@link RwLock}'s value (Rust's {@code RwLockReadGuard}); closing it releases
 * this thread's read hold.
 *
 * <pre>{@code
 * RwLock<Config> config = RwLock.of(Config.defaults());
 * try (RwLockReadGuard<Config> guard = config.read()) {
 *     int port = guard.get().port();
 * }
 * }</pre>
 *
 * <p><b>Markers.</b> {@link NotSend @NotSend}: a read hold is counted per thread and must be released
 * by the thread that acquired it. {@link NotSync @NotSync}, unlike Rust (where a read guard is Sync if
 * {@code T} is): Rust's borrow checker ends every borrow of the guard before the guard is dropped,
 * while in Java a thread given the guard could keep using it after its owner closed it. To let other
 * threads read, share the {@code Arc<RwLock<T>>} and let each take its own read guard. At run time every
 * method checks the thread and throws {@link IllegalStateException} on another one or after
 * {@link #close()}.
 *
 * <p><b>Memory consistency effects:</b> the holder sees every write made under the write lock before
 * this guard was acquired; actions prior to {@link #close()} happen-before a subsequent write
 * acquisition.
 *
 * @param <T> the type of the guarded value
 */
@NotSend(reason = "a read lock must be released by the thread that acquired it",
        help = "take a read guard inside the other thread instead: share the `Arc<RwLock<T>>`, not the guard")
@NotSync(reason = "another thread could keep using it after its owner has released the lock",
        help = "share the `Arc<RwLock<T>>` and take a read guard in each thread")
public final class RwLockReadGuard<T> implements AutoCloseable {
    private final RwLock<T> lock;
    private final Thread holder;
    private boolean closed; // plain: confined to `holder`, checked first on every use

    RwLockReadGuard(RwLock<T> lock) {
        this.lock = lock;
        this.holder = Thread.currentThread();
    }

    /**
     * The guarded value (Rust's {@code Deref}). Read it only; mutating a shared value from a reader
     * breaks the lock's promise to other readers.
     *
     * <pre>{@code
     * RwLock<Config> config = RwLock.of(Config.defaults());
     * try (RwLockReadGuard<Config> guard = config.read()) {
     *     System.out.println(guard.get());
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: sees every write made under the write lock before this guard was
     * acquired.
     *
     * @return the value
     * @throws IllegalStateException if closed, or used on another thread than the one that acquired it
     */
    public T get() {
        checkUsable();
        return lock.value();
    }

    /**
     * Releases this read hold (Rust's {@code drop(guard)}); only on the acquiring thread, only once.
     *
     * <pre>{@code
     * RwLock<Config> config = RwLock.of(Config.defaults());
     * RwLockReadGuard<Config> guard = config.read();
     * try {
     *     System.out.println(guard.get());
     * } finally {
     *     guard.close();
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: actions prior to this call happen-before a subsequent write
     * acquisition of the lock.
     *
     * @throws IllegalStateException if already closed, or called on another thread (the read hold then
     *                               stays)
     */
    @Override
    public void close() {
        checkUsable();
        closed = true;
        lock.unlockRead();
    }

    void closeIfOpen() {
        if (!closed && holder == Thread.currentThread()) {
            closed = true;
            lock.unlockRead();
        }
    }

    private void checkUsable() {
        if (closed || holder != Thread.currentThread()) {
            throw unusable();
        }
    }

    /** Kept out of {@link #checkUsable()} so that the check stays small enough to inline everywhere. */
    private IllegalStateException unusable() {
        if (closed) {
            return new IllegalStateException("this RwLockReadGuard is already closed; take a new read guard");
        }
        return new IllegalStateException("an RwLockReadGuard can only be used on the thread that acquired it ("
                + holder.getName() + "), not on " + Thread.currentThread().getName()
                + "; the read lock stays held");
    }
}
