package dev.fearless.sync;

import dev.fearless.internal.RuntimeTypeName;
import dev.fearless.marker.Send;
import dev.fearless.marker.Sync;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * A reader-writer lock that owns its data (Rust's {@code std::sync::RwLock}): any number of threads may
 * read at once through {@link RwLockReadGuard}s, or one thread may write through an
 * {@link RwLockWriteGuard}.
 *
 * <pre>{@code
 * RwLock<Map<String, Integer>> scores = RwLock.of(new HashMap<>());
 * try (RwLockWriteGuard<Map<String, Integer>> guard = scores.write()) {
 *     guard.get().put("ferris", 10);
 * }
 * int score = scores.withRead(guard -> guard.get().get("ferris")); // 10
 * }</pre>
 *
 * <p><b>Markers.</b> {@code RwLock<T>} is {@link Send @Send} if {@code T} is Send, and {@link Sync @Sync}
 * if {@code T} is Send and Sync, exactly as in Rust: readers on several threads see the same value at
 * once, so the value itself must be Sync.
 *
 * <p><b>Poisoning</b> is by writers only: a {@link Throwable} escaping {@link #withWrite} poisons the
 * lock, one escaping {@link #withRead} does not. Once poisoned, {@link #read()}, {@link #write()},
 * {@link #tryRead()}, {@link #tryWrite()} throw {@link PoisonException} (without holding the lock) until
 * {@link #clearPoison()}; {@link #readIgnoringPoison()} and {@link #writeIgnoringPoison()} get in anyway.
 *
 * <p><b>Re-entrance.</b> Every same-thread re-entrance is detected, none deadlocks:
 * <ul>
 *   <li>{@code read()} while this thread holds a read guard succeeds (a queued writer does not block
 *       it, so this cannot deadlock);</li>
 *   <li>{@code read()} while this thread holds the write guard, and {@code write()} while it holds a
 *       read or write guard, throw {@link IllegalStateException} at once (Rust deadlocks or panics);
 *       to go from writing to reading use {@link #downgrade};</li>
 *   <li>{@code tryRead()}/{@code tryWrite()} never throw for re-entrance: they return empty where the
 *       blocking call would throw, and {@code tryRead()} succeeds while holding a read guard.</li>
 * </ul>
 * After {@link #intoInner()} every further use throws {@code IllegalStateException}.
 *
 * <p><b>Memory consistency effects:</b> actions in a thread prior to releasing the write lock
 * happen-before actions following any subsequent acquisition (read or write) of this lock; actions
 * prior to releasing a read lock happen-before a subsequent write acquisition. Never uses
 * {@code synchronized}, so waiting virtual threads do not pin their carrier.
 *
 * @param <T> the type of the guarded value
 */
@Send(ifSend = "T")
@Sync(ifSend = "T", ifSync = "T")
public final class RwLock<T> {
    /*
     * Implementation notes.
     *
     * The lock is a non-fair java.util.concurrent.locks.ReentrantReadWriteLock, used for what it does
     * well (queueing, writer-preference against new readers, per-thread read hold counts, owner
     * tracking, atomic downgrade by taking the read lock while holding the write lock) while this class
     * forbids the re-entrance it would allow: a second write lock on one thread, or a read lock under a
     * write lock (two guards aliasing one value, one of them mutable). Its per-thread read hold count
     * is exactly what detects write-after-read on one thread, the classic RW deadlock. Re-entrant
     * reads are allowed because the JDK lock lets a thread that already reads through even when a
     * writer is queued.
     *
     * The value field is plain: written only under the write lock, read under either lock, and the
     * JDK lock orders write-unlock before any later lock. `poisoned` and `consumed` are volatile because
     * they are read after acquiring a lock that the writer of the flag may not have held
     * (clearPoison), or to answer without locking (isPoisoned, getMut). intoInner() sets `consumed`
     * under the write lock; everyone who acquires afterwards sees it, releases and throws.
     */

    static {
        RuntimeTypeName.register(RwLock.class, lock -> ((RwLock<?>) lock).value);
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private T value;
    private volatile boolean poisoned;
    private volatile boolean consumed;

    private RwLock(T value) {
        this.value = value;
    }

    /**
     * Creates an unlocked reader-writer lock that owns {@code value} (Rust's {@code RwLock::new}).
     *
     * <pre>{@code
     * RwLock<Config> config = RwLock.of(Config.defaults());
     * }</pre>
     *
     * @param value the value to guard; {@code null} is allowed
     * @param <T>   the type of the value
     * @return a new, unlocked, unpoisoned lock
     */
    public static <T> RwLock<T> of(T value) {
        return new RwLock<>(value);
    }

    /**
     * Blocks until shared read access is acquired.
     *
     * <pre>{@code
     * RwLock<Config> config = RwLock.of(Config.defaults());
     * try (RwLockReadGuard<Config> guard = config.read()) {
     *     int port = guard.get().port();
     * }
     * }</pre>
     *
     * <p>Waiting is not interruptible; an interrupt received meanwhile stays set on the thread.
     *
     * <p>Memory consistency effects: actions prior to the previous write unlock happen-before actions
     * following the return.
     *
     * @return a read guard
     * @throws PoisonException       if poisoned; the lock is not held then
     * @throws IllegalStateException if this thread holds the write guard, or after {@link #intoInner()}
     */
    public RwLockReadGuard<T> read() {
        RwLockReadGuard<T> guard = readIgnoringPoison();
        if (poisoned) {
            lock.readLock().unlock();
            throw poisonedError();
        }
        return guard;
    }

    /**
     * Like {@link #read()}, but enters a poisoned lock anyway; it stays poisoned.
     *
     * <pre>{@code
     * RwLock<Config> config = RwLock.of(Config.defaults());
     * try (RwLockReadGuard<Config> guard = config.readIgnoringPoison()) {
     *     Config possiblyHalfWritten = guard.get();
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #read()}.
     *
     * @return a read guard
     * @throws IllegalStateException if this thread holds the write guard, or after {@link #intoInner()}
     */
    public RwLockReadGuard<T> readIgnoringPoison() {
        if (lock.isWriteLockedByCurrentThread()) {
            throw reentrant("read", "the write guard");
        }
        RwLockReadGuard<T> guard = new RwLockReadGuard<>(this); // before the lock is taken, as in Mutex
        lock.readLock().lock();
        if (consumed) {
            lock.readLock().unlock();
            throw consumedError();
        }
        return guard;
    }

    /**
     * Blocks until exclusive write access is acquired.
     *
     * <pre>{@code
     * RwLock<Config> config = RwLock.of(Config.defaults());
     * try (RwLockWriteGuard<Config> guard = config.write()) {
     *     guard.set(guard.get().withPort(8080));
     * }
     * }</pre>
     *
     * <p>Waiting is not interruptible; an interrupt received meanwhile stays set on the thread.
     *
     * <p>Memory consistency effects: actions prior to the previous unlock (read or write) happen-before
     * actions following the return.
     *
     * @return the write guard
     * @throws PoisonException       if poisoned; the lock is not held then
     * @throws IllegalStateException if this thread holds a read or the write guard of this lock, or
     *                               after {@link #intoInner()}
     */
    public RwLockWriteGuard<T> write() {
        RwLockWriteGuard<T> guard = writeIgnoringPoison();
        if (poisoned) {
            lock.writeLock().unlock();
            throw poisonedError();
        }
        return guard;
    }

    /**
     * Like {@link #write()}, but enters a poisoned lock anyway; it stays poisoned until
     * {@link #clearPoison()}.
     *
     * <pre>{@code
     * RwLock<Config> config = RwLock.of(Config.defaults());
     * try (RwLockWriteGuard<Config> guard = config.writeIgnoringPoison()) {
     *     guard.set(Config.defaults());
     *     config.clearPoison();
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #write()}.
     *
     * @return the write guard
     * @throws IllegalStateException if this thread holds a read or the write guard of this lock, or
     *                               after {@link #intoInner()}
     */
    public RwLockWriteGuard<T> writeIgnoringPoison() {
        if (lock.isWriteLockedByCurrentThread()) {
            throw reentrant("write", "the write guard");
        }
        if (lock.getReadHoldCount() > 0) {
            throw reentrant("write", "a read guard");
        }
        RwLockWriteGuard<T> guard = new RwLockWriteGuard<>(this); // before the lock is taken, as in Mutex
        lock.writeLock().lock();
        if (consumed) {
            lock.writeLock().unlock();
            throw consumedError();
        }
        return guard;
    }

    /**
     * Acquires read access only if that does not block: succeeds unless a writer holds the lock (also
     * while this thread already holds a read guard).
     *
     * <pre>{@code
     * RwLock<Config> config = RwLock.of(Config.defaults());
     * Optional<RwLockReadGuard<Config>> maybe = config.tryRead();
     * maybe.ifPresent(guard -> {
     *     try (guard) {
     *         System.out.println(guard.get());
     *     }
     * });
     * }</pre>
     *
     * <p>Memory consistency effects: when it returns a guard, as for {@link #read()}.
     *
     * @return a read guard, or empty if a writer (this thread included) holds the lock
     * @throws PoisonException       only if it would have acquired but the lock is poisoned
     * @throws IllegalStateException after {@link #intoInner()}
     */
    public Optional<RwLockReadGuard<T>> tryRead() {
        checkNotConsumed();
        if (lock.isWriteLockedByCurrentThread() || !lock.readLock().tryLock()) {
            return Optional.empty();
        }
        if (consumed || poisoned) {
            lock.readLock().unlock();
            throw consumed ? consumedError() : poisonedError();
        }
        return Optional.of(new RwLockReadGuard<>(this));
    }

    /**
     * Acquires write access only if that does not block.
     *
     * <pre>{@code
     * RwLock<Config> config = RwLock.of(Config.defaults());
     * config.tryWrite().ifPresent(guard -> {
     *     try (guard) {
     *         guard.update(Config::bumpVersion);
     *     }
     * });
     * }</pre>
     *
     * <p>Memory consistency effects: when it returns a guard, as for {@link #write()}.
     *
     * @return the write guard, or empty if any thread (this one included) holds the lock
     * @throws PoisonException       only if it would have acquired but the lock is poisoned
     * @throws IllegalStateException after {@link #intoInner()}
     */
    public Optional<RwLockWriteGuard<T>> tryWrite() {
        checkNotConsumed();
        if (lock.isWriteLockedByCurrentThread() || lock.getReadHoldCount() > 0
                || !lock.writeLock().tryLock()) {
            return Optional.empty();
        }
        if (consumed || poisoned) {
            lock.writeLock().unlock();
            throw consumed ? consumedError() : poisonedError();
        }
        return Optional.of(new RwLockWriteGuard<>(this));
    }

    /**
     * Runs {@code body} with read access and returns its result; the lock is released however the body
     * ends. An exception escaping the body does <em>not</em> poison (readers cannot half-update).
     *
     * <pre>{@code
     * RwLock<Config> config = RwLock.of(Config.defaults());
     * int port = config.withRead(guard -> guard.get().port());
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #read()} followed by closing the guard.
     *
     * @param body what to run under the read lock; it must not keep or close the guard
     * @param <R>  the result type
     * @return what {@code body} returned
     * @throws PoisonException       if the lock is poisoned (the body does not run)
     * @throws IllegalStateException as for {@link #read()}
     */
    public <R> R withRead(Function<? super RwLockReadGuard<T>, R> body) {
        Objects.requireNonNull(body, "body");
        RwLockReadGuard<T> guard = read();
        try {
            return body.apply(guard);
        } finally {
            guard.closeIfOpen();
        }
    }

    /**
     * Runs {@code body} with write access and returns its result; the lock is released however the
     * body ends. Any {@link Throwable} escaping the body (an {@link AssertionError} too) <em>poisons</em>
     * the lock and is rethrown as the same object.
     *
     * <pre>{@code
     * RwLock<Config> config = RwLock.of(Config.defaults());
     * config.withWrite(guard -> {
     *     guard.update(Config::bumpVersion);
     *     return null;
     * });
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #write()} followed by closing the guard.
     *
     * @param body what to run under the write lock; it must not keep or close the guard
     * @param <R>  the result type
     * @return what {@code body} returned
     * @throws PoisonException       if the lock is already poisoned (the body does not run)
     * @throws IllegalStateException as for {@link #write()}
     */
    public <R> R withWrite(Function<? super RwLockWriteGuard<T>, R> body) {
        Objects.requireNonNull(body, "body");
        RwLockWriteGuard<T> guard = write();
        try {
            return body.apply(guard);
        } catch (Throwable failure) {
            poisoned = true; // before the unlock below, so the next holder sees it
            throw failure;
        } finally {
            guard.closeIfOpen();
        }
    }

    /**
     * Atomically turns write access into read access (Rust's {@code RwLockWriteGuard::downgrade}):
     * consumes {@code writeGuard} (it is closed afterwards) and returns a read guard; no writer can get
     * in between, so the reader sees exactly what was written. Other readers may join at once.
     *
     * <pre>{@code
     * RwLock<Config> config = RwLock.of(Config.defaults());
     * RwLockWriteGuard<Config> writing = config.write();
     * writing.set(Config.defaults());
     * try (RwLockReadGuard<Config> reading = config.downgrade(writing)) {
     *     publish(reading.get());
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: actions prior to the call remain visible to the returned guard's
     * holder, and happen-before actions of readers that acquire after it.
     *
     * @param writeGuard an open write guard of this lock, held by the calling thread
     * @return a read guard
     * @throws IllegalArgumentException if the guard belongs to another lock
     * @throws IllegalStateException    if the guard is closed or belongs to another thread
     */
    public RwLockReadGuard<T> downgrade(RwLockWriteGuard<T> writeGuard) {
        Objects.requireNonNull(writeGuard, "writeGuard");
        if (writeGuard.owner() != this) {
            throw new IllegalArgumentException("downgrade needs a write guard of this RwLock");
        }
        writeGuard.checkUsable();
        lock.readLock().lock(); // immediate: the write lock is ours
        writeGuard.markDowngraded();
        lock.writeLock().unlock();
        return new RwLockReadGuard<>(this);
    }

    /**
     * Whether a writer failed under {@link #withWrite} since the last {@link #clearPoison()}.
     *
     * <pre>{@code
     * RwLock<Config> config = RwLock.of(Config.defaults());
     * boolean broken = config.isPoisoned();
     * }</pre>
     *
     * <p>Memory consistency effects: reading {@code true} happens-after the failing writer's actions
     * before it failed.
     *
     * @return {@code true} if poisoned
     */
    public boolean isPoisoned() {
        return poisoned;
    }

    /**
     * Clears the poisoned state (Rust's {@code clear_poison}); does not need the lock.
     *
     * <pre>{@code
     * RwLock<Config> config = RwLock.of(Config.defaults());
     * try (RwLockWriteGuard<Config> guard = config.writeIgnoringPoison()) {
     *     guard.set(Config.defaults());
     *     config.clearPoison();
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: actions prior to this call happen-before a later
     * {@link #isPoisoned()} that reads {@code false} because of it.
     */
    public void clearPoison() {
        poisoned = false;
    }

    /**
     * Takes the value out and retires the lock (Rust's {@code into_inner}); returns the value even if
     * poisoned. Waits for current holders to finish; threads waiting for the lock, and every later call,
     * get an {@link IllegalStateException}.
     *
     * <pre>{@code
     * RwLock<Map<String, Integer>> scores = RwLock.of(new HashMap<>());
     * Map<String, Integer> finalScores = scores.intoInner();
     * }</pre>
     *
     * <p>Memory consistency effects: actions prior to the last unlock happen-before the return.
     *
     * @return the value
     * @throws IllegalStateException if this thread holds a guard of this lock, or after a previous
     *                               {@code intoInner()}
     */
    @SuppressWarnings("try") // the guard is held for the block's scope: that is its use
    public T intoInner() {
        try (RwLockWriteGuard<T> guard = writeIgnoringPoison()) {
            T result = value;
            value = null;
            consumed = true; // under the write lock: every later acquirer sees it
            return result;
        }
    }

    /**
     * The value, read without locking, poisoned or not (Rust's {@code get_mut}, which needs
     * {@code &mut self}). Call it only while no other thread can use this lock.
     *
     * <pre>{@code
     * RwLock<List<String>> names = RwLock.of(new ArrayList<>());
     * names.getMut().add("before sharing");
     * }</pre>
     *
     * <p>Memory consistency effects: none beyond those the caller established.
     *
     * @return the value
     * @throws IllegalStateException after {@link #intoInner()}
     */
    public T getMut() {
        checkNotConsumed();
        return value;
    }

    /** A short description that never locks: the type name and whether it is poisoned. */
    @Override
    public String toString() {
        return RuntimeTypeName.of(this) + (poisoned ? "[poisoned]" : "");
    }

    // ---- package-private: used by the guards ----

    T value() {
        return value;
    }

    void value(T newValue) {
        value = newValue;
    }

    void unlockRead() {
        lock.readLock().unlock();
    }

    void unlockWrite() {
        lock.writeLock().unlock();
    }

    private void checkNotConsumed() {
        if (consumed) {
            throw consumedError();
        }
    }

    private PoisonException poisonedError() {
        return new PoisonException("`" + RuntimeTypeName.of(this)
                + "` is poisoned: a writer failed while holding the lock, so the value may be half-updated;"
                + " use readIgnoringPoison()/writeIgnoringPoison() to get it anyway, clearPoison() after"
                + " repairing it");
    }

    private IllegalStateException reentrant(String call, String held) {
        return new IllegalStateException(call + "() on `" + RuntimeTypeName.of(this) + "` while this thread ("
                + Thread.currentThread().getName() + ") holds " + held
                + " of it would deadlock; close that guard first"
                + (held.startsWith("the write") && call.equals("read") ? ", or use downgrade(writeGuard)" : ""));
    }

    private static IllegalStateException consumedError() {
        return new IllegalStateException("this RwLock was consumed by intoInner() and can no longer be used");
    }
}
