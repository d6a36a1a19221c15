package dev.fearless.stress.model;

import dev.fearless.stress.model.MutexModel.Action;
import dev.fearless.stress.model.MutexModel.Gate;
import dev.fearless.stress.model.MutexModel.Memory;
import dev.fearless.stress.model.MutexModel.Move;
import dev.fearless.stress.model.MutexModel.Op;
import dev.fearless.stress.model.MutexModel.Protocol;
import dev.fearless.stress.model.MutexModel.Worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.fearless.stress.model.MutexModel.Worker.END;

/**
 * The atomic steps of {@code dev.fearless.sync.Mutex}, {@code MutexGuard} and {@code Condvar}, mirroring
 * the real code:
 *
 * <ul>
 *   <li>{@code lock()}: {@code compareAndSetState(FREE, HELD)}; on failure the AQS {@code acquire}, whose
 *       {@code tryAcquire} takes a {@code FREE} gate and throws on {@code CONSUMED}; then the
 *       {@code poisoned} read, which on {@code true} releases and throws {@code PoisonException};</li>
 *   <li>{@code MutexGuard.close()}: {@code release(HELD)} (owner cleared, state {@code FREE});</li>
 *   <li>{@code withLock}: a body's exception sets {@code poisoned} <em>before</em> the release;</li>
 *   <li>{@code tryLock()}: one {@code compareAndSetState}; on failure a read of the state tells
 *       "consumed" (throws) from "busy" (empty);</li>
 *   <li>{@code intoInner()}: acquire, read the value, {@code release(CONSUMED)};</li>
 *   <li>{@code Condvar.await}: enqueue a waiter (under the condvar's queue lock), unlock the mutex, then
 *       {@code while (!signalled) park()}, then re-lock and check the poison flag;</li>
 *   <li>{@code signalOne}: a lock-free read of {@code head} (empty: return), then under the queue lock
 *       unlink the head and set its {@code signalled}, then {@code unpark} it; {@code signalAll} detaches
 *       the whole queue under the lock and unparks each.</li>
 * </ul>
 *
 * Program counters: 0 fast acquire, 1 AQS acquire, 2 poison check, 3-4 the critical section's read and
 * write, 5 release after {@code PoisonException}, 6 unlock; 7-8 a failing body; 9 failed try-lock;
 * 10-11 {@code intoInner}; 20-28 {@code await}; 30-36 signalling.
 */
public final class MutexProtocol {
    private MutexProtocol() {
    }

    /** The protocol as implemented. */
    public static Protocol implemented() {
        return Protocol.of(Map.of(
                Op.INCREMENT, MutexProtocol::increment,
                Op.FAILING_WITH_LOCK, MutexProtocol::failingWithLock,
                Op.TRY_INCREMENT, MutexProtocol::tryIncrement,
                Op.INTO_INNER, MutexProtocol::intoInner,
                Op.AWAIT_READY, MutexProtocol::awaitReady,
                Op.SET_READY_SIGNAL_ONE, MutexProtocol::setReadySignalOne,
                Op.SET_READY_SIGNAL_ALL, MutexProtocol::setReadySignalAll,
                Op.SET_READY_IGNORING_POISON_SIGNAL_ALL, MutexProtocol::setReadyIgnoringPoisonSignalAll));
    }

    // ---- lock(), guard, unlock: shared by every operation ----

    /** {@code gate.tryLockFast()}: one compare-and-set. */
    public static Move fastAcquire(Memory m, Worker w, int t, int acquired, int slow) {
        if (m.gate() == Gate.FREE) {
            return new Move("compareAndSetState(FREE, HELD) succeeds", m.gate(Gate.HELD, t), w.at(acquired));
        }
        return new Move("compareAndSetState(FREE, HELD) fails", m, w.at(slow));
    }

    /** {@code gate.acquire(HELD)}: AQS queues the thread until {@code tryAcquire} succeeds or throws. */
    public static Move slowAcquire(Memory m, Worker w, int t, int acquired) {
        return switch (m.gate()) {
            case HELD -> Move.blocked("queued in AQS acquire while T" + m.owner() + " holds the gate");
            case FREE -> new Move("tryAcquire: compareAndSetState(FREE, HELD) succeeds", m.gate(Gate.HELD, t),
                    w.at(acquired));
            case CONSUMED -> new Move("tryAcquire sees CONSUMED: throws", m, w.sawConsumed().at(END));
        };
    }

    /** After acquiring: a poisoned mutex is released again and {@code PoisonException} thrown (pc 5). */
    public static Move poisonCheck(Memory m, Worker w, int guarded) {
        if (m.poisoned()) {
            return new Move("poisoned = true: PoisonException", m, w.sawPoison().at(5));
        }
        return new Move("poisoned = false", m, w.guarded(true).at(guarded));
    }

    /** {@code release(HELD)}: clears the owner and frees the gate; AQS then wakes a queued acquirer. */
    public static Move release(Memory m, Worker w, int next) {
        return new Move("release(HELD)", m.gate(Gate.FREE, -1), w.guarded(false).at(next));
    }

    private static Move lockSteps(Memory m, Worker w, int t, int guarded) {
        return switch (w.pc()) {
            case 0 -> fastAcquire(m, w, t, 2, 1);
            case 1 -> slowAcquire(m, w, t, 2);
            case 2 -> poisonCheck(m, w, guarded);
            case 5 -> release(m, w, END);
            case 6 -> release(m, w, END);
            default -> throw new IllegalStateException("pc " + w.pc());
        };
    }

    /** The critical section: read, then write, with nobody else inside in between. */
    private static Move criticalSection(Memory m, Worker w, int after) {
        if (w.pc() == 3) {
            return new Move("reads value = " + m.data(), m.inside(m.inside() + 1), w.seen(m.data()).at(4));
        }
        return new Move("writes value = " + (w.seen() + 1), m.data(w.seen() + 1).inside(m.inside() - 1).updated(),
                w.at(after));
    }

    static Move increment(Memory m, Worker w, int t) {
        return switch (w.pc()) {
            case 3, 4 -> criticalSection(m, w, 6);
            default -> lockSteps(m, w, t, 3);
        };
    }

    static Move failingWithLock(Memory m, Worker w, int t) {
        return switch (w.pc()) {
            case 3, 4 -> criticalSection(m, w, 7);
            case 7 -> new Move("body throws: poisoned = true", m.poisoned(true).failed(), w.guarded(false).at(8));
            case 8 -> release(m, w, END);
            default -> lockSteps(m, w, t, 3);
        };
    }

    static Move tryIncrement(Memory m, Worker w, int t) {
        return switch (w.pc()) {
            case 0 -> fastAcquire(m, w, t, 2, 9);
            case 9 -> m.gate() == Gate.CONSUMED
                    ? new Move("getState() = CONSUMED: throws", m, w.sawConsumed().at(END))
                    : new Move("getState() = " + m.gate() + ": empty", m, w.at(END));
            case 3, 4 -> criticalSection(m, w, 6);
            default -> lockSteps(m, w, t, 3);
        };
    }

    static Move intoInner(Memory m, Worker w, int t) {
        return switch (w.pc()) {
            case 0 -> fastAcquire(m, w, t, 10, 1);
            case 1 -> slowAcquire(m, w, t, 10);
            case 10 -> new Move("takes value = " + m.data(), m.taken(m.data()), w.at(11));
            case 11 -> new Move("release(CONSUMED)", m.gate(Gate.CONSUMED, -1), w.at(END));
            default -> throw new IllegalStateException("pc " + w.pc());
        };
    }

    // ---- Condvar ----

    static Move awaitReady(Memory m, Worker w, int t) {
        return switch (w.pc()) {
            case 20 -> new Move("reads ready = " + m.ready(), m, w.at(m.ready() ? 6 : 21));
            case 21 -> enqueue(m, w, t, 22);
            case 22 -> new Move("unlocks the mutex", m.gate(Gate.FREE, -1), w.guarded(false).at(23));
            case 23, 24 -> parkLoop(m, w, t, 25);
            case 25 -> fastAcquire(m, w, t, 26, 27);
            case 27 -> slowAcquire(m, w, t, 26);
            // After re-locking, a poisoned mutex throws while the caller's guard stays valid: it closes it.
            case 26 -> m.poisoned()
                    ? new Move("poisoned = true: PoisonException", m, w.sawPoison().at(28))
                    : new Move("poisoned = false", m, w.guarded(true).at(20));
            case 28 -> release(m, w, END);
            default -> lockSteps(m, w, t, 20);
        };
    }

    /** {@code enqueue()}: the waiter is linked under the queue lock, before the mutex is released. */
    public static Move enqueue(Memory m, Worker w, int t, int next) {
        List<Integer> queue = new ArrayList<>(m.waiters());
        queue.add(t);
        return new Move("enqueues its waiter", m.waiters(queue).signalled(t, false), w.at(next));
    }

    /** {@code while (!waiter.signalled) LockSupport.park()}: pc 23 reads the flag, pc 24 parks. */
    public static Move parkLoop(Memory m, Worker w, int t, int next) {
        if (w.pc() == 23) {
            boolean signalled = m.signalled().get(t);
            return new Move("reads signalled = " + signalled, m, w.at(signalled ? next : 24));
        }
        if (m.permits().get(t)) {
            return new Move("park() returns, consuming the permit", m.permit(t, false), w.at(23));
        }
        return Move.blocked("parked");
    }

    static Move setReadySignalOne(Memory m, Worker w, int t) {
        return switch (w.pc()) {
            case 30 -> new Move("sets ready = true", m.ready(true), w.at(31));
            case 31 -> release(m, w, 32);
            case 32 -> m.waiters().isEmpty()
                    ? new Move("signalOne reads head = null: returns", m, w.at(END))
                    : new Move("signalOne reads head = T" + m.waiters().get(0), m, w.at(33));
            case 33 -> signalHead(m, w, 34);
            case 34 -> unpark(m, w, w.seen(), END);
            default -> lockSteps(m, w, t, 30);
        };
    }

    /** Under the queue lock: unlink the head and set its {@code signalled}; the unpark follows. */
    public static Move signalHead(Memory m, Worker w, int next) {
        if (m.waiters().isEmpty()) {
            return new Move("under the queue lock: head = null", m, w.at(END));
        }
        int head = m.waiters().get(0);
        return new Move("under the queue lock: unlinks T" + head + ", signalled = true",
                m.waiters(m.waiters().subList(1, m.waiters().size())).signalled(head, true), w.seen(head).at(next));
    }

    /** {@code LockSupport.unpark(thread)}: gives it the permit. */
    public static Move unpark(Memory m, Worker w, int thread, int next) {
        return new Move("unpark(T" + thread + ")", m.permit(thread, true), w.at(next));
    }

    static Move setReadySignalAll(Memory m, Worker w, int t) {
        return switch (w.pc()) {
            case 30 -> new Move("sets ready = true", m.ready(true), w.at(31));
            case 31 -> release(m, w, 32);
            case 32 -> m.waiters().isEmpty()
                    ? new Move("signalAll reads head = null: returns", m, w.at(END))
                    : new Move("signalAll reads head = T" + m.waiters().get(0), m, w.at(35));
            case 35 -> {
                Memory after = m.waiters(List.of());
                for (int waiter : m.waiters()) {
                    after = after.signalled(waiter, true);
                }
                yield new Move("under the queue lock: detaches " + m.waiters() + ", all signalled", after,
                        w.pending(m.waiters()).at(m.waiters().isEmpty() ? END : 36));
            }
            case 36 -> {
                int next = w.pending().get(0);
                List<Integer> rest = w.pending().subList(1, w.pending().size());
                yield unpark(m, w.pending(rest), next, rest.isEmpty() ? END : 36);
            }
            default -> lockSteps(m, w, t, 30);
        };
    }

    /** {@code lockIgnoringPoison()} skips the poison check; the rest is {@code signalAll}'s. */
    static Move setReadyIgnoringPoisonSignalAll(Memory m, Worker w, int t) {
        return switch (w.pc()) {
            case 0 -> fastAcquire(m, w, t, 30, 1);
            case 1 -> slowAcquire(m, w, t, 30);
            default -> setReadySignalAll(m, w, t);
        };
    }
}
