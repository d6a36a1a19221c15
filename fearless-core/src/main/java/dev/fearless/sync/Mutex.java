package dev.fearless.sync;

import dev.fearless.internal.RuntimeTypeName;
import dev.fearless.marker.Send;
import dev.fearless.marker.Sync;

import java.util.Optional;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.function.Function;

/**
 * A mutual-exclusion lock that owns its data (Rust's {@code std::sync::Mutex}): the value is reachable
 * only through the {@link MutexGuard} that {@link #lock()} returns, so it cannot be touched without
 * holding the lock.
 *
 * <pre>{@code
 * Mutex<Integer> counter = Mutex.of(0);
 * try (MutexGuard<Integer> guard = counter.lock()) {
 *     guard.update(n -> n + 1);
 * }
 * int total = counter.withLock(MutexGuard::get); // 1
 * }</pre>
 *
 * <p><b>Markers.</b> {@code Mutex<T>} is {@link Send @Send} and {@link Sync @Sync} if {@code T} is Send,
 * exactly as in Rust: the lock hands the value to one thread at a time, so {@code T} need not be Sync.
 * Share it between threads through an {@code Arc<Mutex<T>>}.
 *
 * <p><b>Poisoning.</b> If code running under {@link #withLock} throws, the mutex is <em>poisoned</em>:
 * the value may be half-updated. Later {@link #lock()} and {@link #tryLock()} calls throw
 * {@link PoisonException} (without holding the lock) until {@link #clearPoison()};
 * {@link #lockIgnoringPoison()} gets in anyway. A guard that is simply closed never poisons: Java
 * cannot tell whether a {@code try}-with-resources block is left by an exception.
 *
 * <p><b>Misuse is reported, not deadlocked.</b> Locking a mutex that the calling thread already holds
 * throws {@link IllegalStateException} at once (Rust leaves this unspecified; silent re-entrance would
 * hand out two guards to one value). After {@link #intoInner()} every further use throws
 * {@code IllegalStateException}.
 *
 * <p><b>Memory consistency effects:</b> actions in a thread prior to closing a guard (unlocking)
 * happen-before actions in a thread that subsequently acquires the same mutex. Never uses
 * {@code synchronized}, so waiting virtual threads do not pin their carrier.
 *
 * @param <T> the type of the guarded value
 */
@Send(ifSend = "T")
@Sync(ifSend = "T")
public final class Mutex<T> {
    /*
     * Implementation notes.
     *
     * The lock is a private AbstractQueuedSynchronizer (Gate) in exclusive mode, the same algorithm as a
     * non-fair ReentrantLock minus the hold count: state 0 = free, 1 = held, CONSUMED = intoInner() has
     * taken the value. The owner thread is recorded (AQS's exclusiveOwnerThread) so that a re-entrant
     * lock and a close() on the wrong thread are detected with one comparison.
     *
     * Fast path: lock() is one CAS of state 0 -> 1 plus a plain store of the owner, unlock is a plain
     * store of the owner and a volatile store of the state, as in ReentrantLock; only contention enters
     * AQS's queue (park/unpark via LockSupport, so virtual threads do not pin). A re-entrance check
     * costs nothing uncontended: it only runs when the CAS fails. Reading the owner there is safe
     * without a fence: a thread always sees its own latest write to the field (either itself, or the
     * null it wrote when releasing, or a later write by another thread), never a stale "itself".
     *
     * The value field is plain: every access is under the lock (AQS gives unlock happens-before
     * lock), except getMut()/intoInner() semantics documented to need exclusive ownership, and the
     * best-effort, racy peek for run-time type names (reference reads never tear).
     *
     * The poisoned flag is volatile because clearPoison() and isPoisoned() may run without the lock.
     * It is written under the lock before the release, so the next owner sees it.
     *
     * intoInner() acquires the lock and releases it into the CONSUMED state, which tryAcquire turns
     * into an IllegalStateException for waiters and late callers alike (AQS cancels the queued node
     * when tryAcquire throws). The CONSUMED state is terminal.
     */

    static {
        RuntimeTypeName.register(Mutex.class, mutex -> ((Mutex<?>) mutex).value);
    }

    private final Gate gate = new Gate();
    private T value;
    private volatile boolean poisoned;

    private Mutex(T value) {
        this.value = value;
    }

    /**
     * Creates an unlocked mutex that owns {@code value} (Rust's {@code Mutex::new}).
     *
     * <pre>{@code
     * Mutex<List<String>> names = Mutex.of(new ArrayList<>());
     * }</pre>
     *
     * @param value the value to guard; {@code null} is allowed
     * @param <T>   the type of the value
     * @return a new, unlocked, unpoisoned mutex
     */
    public static <T> Mutex<T> of(T value) {
        return new Mutex<>(value);
    }

    /**
     * Blocks until the lock is acquired and returns the guard that gives access to the value.
     * Close the guard (best with {@code try}-with-resources) to unlock.
     *
     * <pre>{@code
     * Mutex<Integer> counter = Mutex.of(0);
     * try (MutexGuard<Integer> guard = counter.lock()) {
     *     guard.set(guard.get() + 1);
     * }
     * }</pre>
     *
     * <p>Waiting is not interruptible; an interrupt received meanwhile stays set on the thread.
     *
     * <p>Memory consistency effects: actions prior to the previous unlock of this mutex, in any thread,
     * happen-before actions following the return of this method.
     *
     * @return the guard, holding the lock
     * @throws PoisonException       if the mutex is poisoned; the lock is not held then
     * @throws IllegalStateException if the calling thread already holds this mutex, or after
     *                               {@link #intoInner()}
     */
    public MutexGuard<T> lock() {
        // The guard is made before the lock is taken: where escape analysis cannot remove it, its
        // allocation then does not lengthen the time the lock is held.
        MutexGuard<T> guard = new MutexGuard<>(this);
        acquire();
        if (poisoned) {
            gate.release(Gate.HELD);
            throw poisonedError();
        }
        return guard;
    }

    /**
     * Like {@link #lock()}, but enters a poisoned mutex anyway (Rust's
     * {@code lock().unwrap_or_else(PoisonError::into_inner)}); the mutex stays poisoned.
     *
     * <pre>{@code
     * Mutex<Integer> counter = Mutex.of(0);
     * try (MutexGuard<Integer> guard = counter.lockIgnoringPoison()) {
     *     guard.set(0); // repair the value
     *     counter.clearPoison();
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #lock()}.
     *
     * @return the guard, holding the lock
     * @throws IllegalStateException if the calling thread already holds this mutex, or after
     *                               {@link #intoInner()}
     */
    public MutexGuard<T> lockIgnoringPoison() {
        MutexGuard<T> guard = new MutexGuard<>(this); // before the lock is taken, as in lock()
        acquire();
        return guard;
    }

    /**
     * Acquires the lock only if that does not block (Rust's {@code try_lock}).
     *
     * <pre>{@code
     * Mutex<Integer> counter = Mutex.of(0);
     * Optional<MutexGuard<Integer>> maybe = counter.tryLock();
     * if (maybe.isPresent()) {
     *     try (MutexGuard<Integer> guard = maybe.get()) {
     *         guard.update(n -> n + 1);
     *     }
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: when it returns a guard, as for {@link #lock()}.
     *
     * @return the guard, or empty if another thread holds the lock or the calling thread already
     *         holds it (Rust's {@code WouldBlock}; never an exception for re-entrance)
     * @throws PoisonException       only if the lock would have been acquired but the mutex is
     *                               poisoned; the lock is not held then
     * @throws IllegalStateException after {@link #intoInner()}
     */
    public Optional<MutexGuard<T>> tryLock() {
        if (!gate.tryLockFast()) {
            if (gate.isConsumed()) {
                throw consumedError();
            }
            return Optional.empty();
        }
        if (poisoned) {
            gate.release(Gate.HELD);
            throw poisonedError();
        }
        return Optional.of(new MutexGuard<>(this));
    }

    /**
     * Runs {@code body} with the lock held and returns its result; the lock is released however the
     * body ends. Any {@link Throwable} escaping the body (an {@link AssertionError} too)
     * <em>poisons</em> the mutex and is rethrown as the same object, the counterpart of a Rust panic
     * while a guard is alive.
     *
     * <pre>{@code
     * Mutex<Integer> counter = Mutex.of(0);
     * int next = counter.withLock(guard -> {
     *     guard.update(n -> n + 1);
     *     return guard.get();
     * });
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #lock()} followed by closing the guard.
     *
     * @param body what to run under the lock; it must not keep or close the guard
     * @param <R>  the result type
     * @return what {@code body} returned
     * @throws PoisonException       if the mutex is already poisoned (the body does not run)
     * @throws IllegalStateException if the calling thread already holds this mutex, or after
     *                               {@link #intoInner()}
     */
    public <R> R withLock(Function<? super MutexGuard<T>, R> body) {
        MutexGuard<T> guard = lock();
        try {
            return body.apply(guard);
        } catch (Throwable failure) {
            poisoned = true; // written before the unlock below, so the next owner sees it
            throw failure;
        } finally {
            guard.closeIfOpen();
        }
    }

    /**
     * Whether a holder failed under {@link #withLock} since the last {@link #clearPoison()}. Does not
     * lock; another thread may change the answer right after.
     *
     * <pre>{@code
     * Mutex<Integer> counter = Mutex.of(0);
     * if (counter.isPoisoned()) {
     *     counter.clearPoison();
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: reading {@code true} happens-after the poisoning holder's actions
     * before it failed.
     *
     * @return {@code true} if poisoned
     */
    public boolean isPoisoned() {
        return poisoned;
    }

    /**
     * Clears the poisoned state (Rust's {@code clear_poison}), typically after repairing the value
     * through {@link #lockIgnoringPoison()}. Does not need the lock.
     *
     * <pre>{@code
     * Mutex<Integer> counter = Mutex.of(0);
     * try (MutexGuard<Integer> guard = counter.lockIgnoringPoison()) {
     *     guard.set(0);
     *     counter.clearPoison();
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
     * Takes the value out and retires the mutex (Rust's {@code into_inner}). Returns the value even if
     * the mutex is poisoned (check {@link #isPoisoned()} first if that matters). If another thread holds
     * the lock, this waits until it is released; threads waiting for the lock, and every later call
     * on this mutex, get an {@link IllegalStateException}.
     *
     * <pre>{@code
     * Mutex<List<String>> names = Mutex.of(new ArrayList<>());
     * // ... threads add names, then are joined ...
     * List<String> all = names.intoInner();
     * }</pre>
     *
     * <p>Memory consistency effects: actions prior to the last unlock happen-before the return.
     *
     * @return the value
     * @throws IllegalStateException if the calling thread holds this mutex, or after a previous
     *                               {@code intoInner()}
     */
    public T intoInner() {
        acquire();
        T result = value;
        value = null;
        gate.release(Gate.CONSUMED);
        return result;
    }

    /**
     * The value, read without locking, poisoned or not (Rust's {@code get_mut}, which needs
     * {@code &mut self}). Call it only while no other thread can use this mutex, for example before
     * sharing it or after joining every thread that used it: nothing else orders the access.
     *
     * <pre>{@code
     * Mutex<StringBuilder> log = Mutex.of(new StringBuilder());
     * log.getMut().append("set up before any thread starts");
     * }</pre>
     *
     * <p>Memory consistency effects: none beyond those the caller established (for example by
     * {@code Thread.join}).
     *
     * @return the value
     * @throws IllegalStateException after {@link #intoInner()}
     */
    public T getMut() {
        if (gate.isConsumed()) {
            throw consumedError();
        }
        return value;
    }

    /**
     * Rust's {@code Debug} for a mutex: {@code Mutex { data: 6, poisoned: false, .. }}. It never blocks:
     * the value is shown only if the lock is free at that instant (it is taken and released around the
     * read, so the value printed is a consistent snapshot), else {@code data: <locked>}.
     * <pre>{@code
     * Mutex<Integer> m = Mutex.of(5);
     * try (var num = m.lock()) {
     *     num.set(6);
     * }
     * System.out.println("m = " + m);   // m = Mutex { data: 6, poisoned: false, .. }
     * }</pre>
     */
    @Override
    public String toString() {
        String data;
        if (gate.tryLockFast()) {
            try {
                data = String.valueOf(value);
            } finally {
                gate.release(Gate.HELD);
            }
        } else {
            data = gate.isConsumed() ? "<consumed>" : "<locked>";
        }
        return "Mutex { data: " + data + ", poisoned: " + poisoned + ", .. }";
    }

    // ---- package-private: used by MutexGuard and Condvar ----

    T value() {
        return value;
    }

    void value(T newValue) {
        value = newValue;
    }

    /** Unlocks; the caller has checked that it is the owner. */
    void unlock() {
        gate.release(Gate.HELD);
    }

    /** Re-acquires after a condition wait, regardless of poisoning. */
    void relock() {
        if (!gate.tryLockFast()) {
            gate.acquire(Gate.HELD);
        }
    }

    PoisonException poisonedError() {
        return new PoisonException("`" + RuntimeTypeName.of(this)
                + "` is poisoned: a thread failed while holding the lock, so the value may be"
                + " half-updated; use lockIgnoringPoison() to get it anyway, clearPoison() after repairing it");
    }

    private void acquire() {
        if (gate.tryLockFast()) {
            return;
        }
        if (gate.owner() == Thread.currentThread()) {
            throw reentrantError();
        }
        gate.acquire(Gate.HELD);
    }

    // Exceptions are built out of line so that lock() stays small enough to inline into its callers.
    private IllegalStateException reentrantError() {
        return new IllegalStateException("`" + RuntimeTypeName.of(this)
                + "` is already locked by this thread (" + Thread.currentThread().getName()
                + "): locking it again would deadlock; use the guard you already hold, or tryLock()");
    }

    private IllegalStateException consumedError() {
        return new IllegalStateException("this Mutex was consumed by intoInner() and can no longer be used");
    }

    /** The lock word: a non-reentrant, owner-recording exclusive AQS. */
    private static final class Gate extends AbstractQueuedSynchronizer {
        private static final long serialVersionUID = 1L;
        static final int FREE = 0;
        static final int HELD = 1;
        static final int CONSUMED = 2;

        boolean tryLockFast() {
            if (compareAndSetState(FREE, HELD)) {
                setExclusiveOwnerThread(Thread.currentThread());
                return true;
            }
            return false;
        }

        @Override
        protected boolean tryAcquire(int ignored) {
            int state = getState();
            if (state == FREE && compareAndSetState(FREE, HELD)) {
                setExclusiveOwnerThread(Thread.currentThread());
                return true;
            }
            if (state == CONSUMED) { // AQS cancels this thread's queue node and propagates
                throw new IllegalStateException(
                        "this Mutex was consumed by intoInner() and can no longer be used");
            }
            return false;
        }

        /** Releases into {@code next}: {@link #HELD} means unlock, {@link #CONSUMED} retires the lock. */
        @Override
        protected boolean tryRelease(int next) {
            if (getExclusiveOwnerThread() != Thread.currentThread()) {
                throw new IllegalMonitorStateException("not the owner");
            }
            setExclusiveOwnerThread(null);
            setState(next == CONSUMED ? CONSUMED : FREE);
            return true;
        }

        @Override
        protected boolean isHeldExclusively() {
            return getExclusiveOwnerThread() == Thread.currentThread();
        }

        Thread owner() {
            return getExclusiveOwnerThread();
        }

        boolean isConsumed() {
            return getState() == CONSUMED;
        }
    }
}
