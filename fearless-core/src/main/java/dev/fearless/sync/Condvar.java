package dev.fearless.sync;

import dev.fearless.marker.Send;
import dev.fearless.marker.Sync;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * A condition variable (Rust's {@code std::sync::Condvar}): lets threads sleep, with a {@link Mutex}
 * released, until another thread signals that the guarded value changed.
 *
 * <pre>{@code
 * Arc<Mutex<Boolean>> started = Arc.of(Mutex.of(false));
 * Condvar condvar = new Condvar();
 * // in another thread:
 * try (MutexGuard<Boolean> guard = started.get().lock()) {
 *     guard.set(true);
 * }
 * condvar.signalOne();
 * // here:
 * try (MutexGuard<Boolean> guard = started.get().lock()) {
 *     condvar.awaitWhile(guard, isStarted -> !isStarted);
 * }
 * }</pre>
 *
 * <p>Each {@code await} takes the {@link MutexGuard} returned by {@link Mutex#lock()}: it releases that
 * mutex while waiting and, when it returns, the <em>same</em> guard holds the lock again. If the mutex
 * was poisoned meanwhile (or was poisoned and locked with {@link Mutex#lockIgnoringPoison()}), the
 * wait re-acquires and then throws {@link PoisonException}; the caller's guard stays valid and must
 * still be closed. Signals are not remembered: a signal with no waiter is lost, so always wait for a
 * condition on the value ({@link #awaitWhile}) rather than for a signal.
 *
 * <p><b>Interrupts.</b> Waiting is uninterruptible, as in Rust: an interrupt does not end the wait,
 * and the thread's interrupt status is set again when the wait returns. No method here declares a
 * checked exception.
 *
 * <p><b>One condvar, several mutexes.</b> Rust may panic when one condvar is used with two mutexes.
 * Here this is allowed and each wait re-acquires its own mutex, but {@link #signalOne()} wakes the
 * longest waiter whichever mutex it waits on, so one condvar per condition is the clearer design.
 *
 * <p><b>Markers.</b> {@link Send @Send} and {@link Sync @Sync}: it holds no user data, and every method
 * may be called from any thread. Share it next to its mutex, e.g. in an {@code Arc}.
 *
 * <p><b>Memory consistency effects:</b> actions in a thread prior to {@link #signalOne()} or
 * {@link #signalAll()} happen-before actions following the return of an {@code await} that the signal
 * woke. Data is in any case published through the mutex: its unlock happens-before the waiter's
 * re-acquisition.
 */
@Send
@Sync
public final class Condvar {
    /*
     * Implementation notes.
     *
     * Waiters queue in a FIFO doubly-linked list of Waiter nodes guarded by a small ReentrantLock
     * (queueLock; held only to link or unlink a node, never while parking, so never across user code).
     * A condvar cannot reuse an AQS ConditionObject: that is bound to one lock, while a Condvar works
     * with any Mutex.
     *
     * No lost wake-up: a waiter links its node *before* releasing the mutex. A signaller that changed
     * the value under the mutex after that release therefore finds the node (mutex unlock
     * happens-before its lock, and the queue is read after it). The signal fast path reads the volatile
     * head without queueLock; a null head means no waiter had linked before the signaller's last
     * mutex release, so there is nobody to wake.
     *
     * A signal unlinks the node and sets its volatile `signalled` flag, both under queueLock, then
     * unparks the thread outside it. A waiter parks until it sees `signalled`; spurious returns from park
     * and interrupts just loop. A timed waiter that runs out of time takes queueLock and unlinks its
     * node if it is still linked (timed out); if it is not, a signal already claimed it, and the wait
     * counts as signalled, so a signal is never swallowed by a waiter that then reports a timeout.
     *
     * Durations are converted to nanoseconds with saturation and elapsed time is measured as a
     * difference of System.nanoTime() readings, so Duration.ofMillis(Long.MAX_VALUE) cannot overflow.
     */

    private final ReentrantLock queueLock = new ReentrantLock();
    private volatile Waiter head; // written under queueLock, read without it by the signal fast path
    private Waiter tail;          // guarded by queueLock

    /**
     * Creates a condition variable with no waiters (Rust's {@code Condvar::new}).
     *
     * <pre>{@code
     * Condvar notEmpty = new Condvar();
     * }</pre>
     */
    public Condvar() {
    }

    /**
     * Releases the guard's mutex, waits until signalled, then re-acquires the mutex for the same guard.
     * Callers normally loop on a condition; {@link #awaitWhile} does that for them.
     *
     * <pre>{@code
     * Mutex<Deque<String>> queue = Mutex.of(new ArrayDeque<>());
     * Condvar notEmpty = new Condvar();
     * try (MutexGuard<Deque<String>> guard = queue.lock()) {
     *     while (guard.get().isEmpty()) {
     *         notEmpty.await(guard);
     *     }
     *     String next = guard.get().poll();
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: see the class description; the re-acquisition has the effects of
     * {@link Mutex#lock()}.
     *
     * @param guard an open guard held by the calling thread
     * @param <T>   the type of the guarded value
     * @throws PoisonException       after re-acquiring, if the mutex is poisoned; the guard still holds
     *                               the lock
     * @throws IllegalStateException if the guard is closed or belongs to another thread (nothing is
     *                               released then), or if the mutex was consumed by
     *                               {@link Mutex#intoInner()} meanwhile (the guard is then closed)
     */
    public <T> void await(MutexGuard<T> guard) {
        checkGuard(guard);
        Waiter waiter = enqueue();
        guard.mutex().unlock();
        boolean interrupted = false;
        while (!waiter.signalled) {
            LockSupport.park(this);
            interrupted |= Thread.interrupted(); // clear it, or park would return at once forever
        }
        reacquire(guard, interrupted);
    }

    /**
     * Waits while {@code condition} holds for the guarded value (Rust's {@code wait_while}): returns
     * at once if it is already false, else waits and re-tests after every wake-up, with the lock held.
     *
     * <pre>{@code
     * Mutex<Integer> pending = Mutex.of(3);
     * Condvar allDone = new Condvar();
     * try (MutexGuard<Integer> guard = pending.lock()) {
     *     allDone.awaitWhile(guard, count -> count > 0);
     *     // here the count is 0 and the lock is held
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #await}.
     *
     * @param guard     an open guard held by the calling thread
     * @param condition tested on the value under the lock; the wait goes on while it is {@code true}
     * @param <T>       the type of the guarded value
     * @throws PoisonException       as for {@link #await}
     * @throws IllegalStateException as for {@link #await}
     */
    public <T> void awaitWhile(MutexGuard<T> guard, Predicate<? super T> condition) {
        Objects.requireNonNull(condition, "condition");
        checkGuard(guard);
        while (condition.test(guard.get())) {
            await(guard);
        }
    }

    /**
     * Like {@link #await}, but gives up after {@code timeout} (Rust's {@code wait_timeout}); either way
     * the mutex is held again on return. Any {@link Duration} is accepted: negative means zero, and
     * huge ones such as {@code Duration.ofMillis(Long.MAX_VALUE)} mean "practically forever".
     *
     * <pre>{@code
     * Mutex<Boolean> done = Mutex.of(false);
     * Condvar condvar = new Condvar();
     * try (MutexGuard<Boolean> guard = done.lock()) {
     *     WaitTimeoutResult result = condvar.awaitTimeout(guard, Duration.ofMillis(100));
     *     if (result.timedOut() && !guard.get()) {
     *         // give up or retry
     *     }
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #await}.
     *
     * @param guard   an open guard held by the calling thread
     * @param timeout how long to wait at most
     * @param <T>     the type of the guarded value
     * @return whether the wait ended by timing out rather than by a signal
     * @throws PoisonException       as for {@link #await}
     * @throws IllegalStateException as for {@link #await}
     */
    public <T> WaitTimeoutResult awaitTimeout(MutexGuard<T> guard, Duration timeout) {
        long nanos = saturatedNanos(timeout);
        checkGuard(guard);
        return WaitTimeoutResult.of(timedAwait(guard, nanos));
    }

    /**
     * Waits while {@code condition} holds, but at most {@code timeout} in all (Rust's
     * {@code wait_timeout_while}).
     *
     * <pre>{@code
     * Mutex<Integer> pending = Mutex.of(3);
     * Condvar allDone = new Condvar();
     * try (MutexGuard<Integer> guard = pending.lock()) {
     *     if (allDone.awaitTimeoutWhile(guard, Duration.ofSeconds(5), n -> n > 0).timedOut()) {
     *         // still pending after five seconds
     *     }
     * }
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #await}.
     *
     * @param guard     an open guard held by the calling thread
     * @param timeout   how long to wait at most, in total
     * @param condition tested on the value under the lock; the wait goes on while it is {@code true}
     * @param <T>       the type of the guarded value
     * @return timed out ({@code true}) if the condition still held when the time ran out
     * @throws PoisonException       as for {@link #await}
     * @throws IllegalStateException as for {@link #await}
     */
    public <T> WaitTimeoutResult awaitTimeoutWhile(MutexGuard<T> guard, Duration timeout,
                                                   Predicate<? super T> condition) {
        long nanos = saturatedNanos(timeout);
        Objects.requireNonNull(condition, "condition");
        checkGuard(guard);
        long start = System.nanoTime();
        while (condition.test(guard.get())) {
            long remaining = nanos - (System.nanoTime() - start);
            if (remaining <= 0) {
                return WaitTimeoutResult.TIMED_OUT;
            }
            timedAwait(guard, remaining);
        }
        return WaitTimeoutResult.SIGNALLED;
    }

    /**
     * Wakes the longest-waiting thread, if any (Rust's {@code notify_one}). Need not hold the mutex.
     *
     * <pre>{@code
     * Mutex<Deque<String>> queue = Mutex.of(new ArrayDeque<>());
     * Condvar notEmpty = new Condvar();
     * try (MutexGuard<Deque<String>> guard = queue.lock()) {
     *     guard.get().add("job");
     * }
     * notEmpty.signalOne();
     * }</pre>
     *
     * <p>Memory consistency effects: actions prior to this call happen-before the woken thread's return
     * from its wait.
     */
    public void signalOne() {
        if (head == null) {
            return;
        }
        Waiter woken;
        queueLock.lock();
        try {
            woken = head;
            if (woken != null) {
                unlink(woken);
                woken.signalled = true;
            }
        } finally {
            queueLock.unlock();
        }
        if (woken != null) {
            LockSupport.unpark(woken.thread);
        }
    }

    /**
     * Wakes every thread waiting now (Rust's {@code notify_all}). Need not hold the mutex.
     *
     * <pre>{@code
     * Mutex<Boolean> shutdown = Mutex.of(false);
     * Condvar changed = new Condvar();
     * try (MutexGuard<Boolean> guard = shutdown.lock()) {
     *     guard.set(true);
     * }
     * changed.signalAll();
     * }</pre>
     *
     * <p>Memory consistency effects: actions prior to this call happen-before each woken thread's return
     * from its wait.
     */
    public void signalAll() {
        if (head == null) {
            return;
        }
        Waiter first;
        queueLock.lock();
        try {
            first = head;
            for (Waiter w = first; w != null; w = w.next) {
                w.linked = false; // next pointers stay intact for the unpark loop below
                w.signalled = true;
            }
            head = null;
            tail = null;
        } finally {
            queueLock.unlock();
        }
        for (Waiter w = first; w != null; w = w.next) {
            LockSupport.unpark(w.thread);
        }
    }

    /** Returns whether the wait timed out. */
    private <T> boolean timedAwait(MutexGuard<T> guard, long nanos) {
        Waiter waiter = enqueue();
        guard.mutex().unlock();
        boolean interrupted = false;
        boolean timedOut = false;
        long start = System.nanoTime();
        long remaining = nanos;
        while (!waiter.signalled) {
            if (remaining <= 0) {
                timedOut = cancel(waiter); // false: a signal claimed us meanwhile, so count it
                break;
            }
            LockSupport.parkNanos(this, remaining);
            interrupted |= Thread.interrupted();
            remaining = nanos - (System.nanoTime() - start);
        }
        reacquire(guard, interrupted);
        return timedOut;
    }

    private Waiter enqueue() {
        Waiter waiter = new Waiter(Thread.currentThread());
        queueLock.lock();
        try {
            waiter.linked = true;
            Waiter last = tail;
            waiter.prev = last;
            tail = waiter;
            if (last == null) {
                head = waiter;
            } else {
                last.next = waiter;
            }
        } finally {
            queueLock.unlock();
        }
        return waiter;
    }

    /** Unlinks a timed-out waiter; false if a signal already took it. */
    private boolean cancel(Waiter waiter) {
        queueLock.lock();
        try {
            if (!waiter.linked) {
                return false;
            }
            unlink(waiter);
            return true;
        } finally {
            queueLock.unlock();
        }
    }

    /** Under queueLock. */
    private void unlink(Waiter waiter) {
        Waiter before = waiter.prev;
        Waiter after = waiter.next;
        if (before == null) {
            head = after;
        } else {
            before.next = after;
        }
        if (after == null) {
            tail = before;
        } else {
            after.prev = before;
        }
        waiter.prev = null;
        waiter.next = null;
        waiter.linked = false;
    }

    private static <T> void reacquire(MutexGuard<T> guard, boolean interrupted) {
        Mutex<T> mutex = guard.mutex();
        try {
            mutex.relock();
        } catch (IllegalStateException consumed) { // intoInner() ran while we waited
            guard.markReleased();
            throw consumed;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (mutex.isPoisoned()) {
            throw mutex.poisonedError();
        }
    }

    private static void checkGuard(MutexGuard<?> guard) {
        Objects.requireNonNull(guard, "guard");
        if (!guard.isUsableHere()) {
            throw new IllegalStateException("Condvar.await needs an open MutexGuard held by the calling thread; "
                    + "this one is closed or belongs to another thread");
        }
    }

    private static long saturatedNanos(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            return 0;
        }
        if (timeout.getSeconds() >= Long.MAX_VALUE / 1_000_000_000L) {
            return Long.MAX_VALUE;
        }
        return timeout.toNanos(); // fits: fewer than Long.MAX_VALUE / 1e9 seconds
    }

    /** One waiting thread. */
    private static final class Waiter {
        final Thread thread;
        volatile boolean signalled;
        boolean linked;   // guarded by queueLock
        Waiter prev;      // guarded by queueLock
        Waiter next;      // guarded by queueLock, and read by signalAll after detaching

        Waiter(Thread thread) {
            this.thread = thread;
        }
    }
}
