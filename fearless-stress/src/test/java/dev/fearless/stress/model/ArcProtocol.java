package dev.fearless.stress.model;

import dev.fearless.stress.model.ArcModel.Action;
import dev.fearless.stress.model.ArcModel.Life;
import dev.fearless.stress.model.ArcModel.Memory;
import dev.fearless.stress.model.ArcModel.Move;
import dev.fearless.stress.model.ArcModel.Op;
import dev.fearless.stress.model.ArcModel.Protocol;
import dev.fearless.stress.model.ArcModel.Worker;

import java.util.Map;

import static dev.fearless.stress.model.ArcModel.LOCKED;
import static dev.fearless.stress.model.ArcModel.Worker.END;

/**
 * The atomic steps of {@code dev.fearless.sync.Arc}'s count protocol, one {@link Action} per operation,
 * mirroring the real code (each step is one atomic access there; the method named in each label is the
 * one the real code calls):
 *
 * <ul>
 *   <li>{@code clone}: {@code STRONG.getAndAdd(+1)};</li>
 *   <li>{@code close}: {@code HANDLE.getAndSet(null)} claims the handle (a step only for the shared
 *       handle: a thread's own handle is not raced), then {@code STRONG.getAndAdd(-1)}; the caller that
 *       saw 1 nulls the value field, then runs the cleanup;</li>
 *   <li>{@code downgrade}: read {@code WEAK}, then {@code compareAndExchange(w, w + 1)} with the witnessed
 *       value, spinning while it reads {@code LOCKED};</li>
 *   <li>{@code upgrade}: read {@code STRONG}, then {@code compareAndExchange(s, s + 1)} with the witnessed
 *       value, giving up at a value {@code <= 0};</li>
 *   <li>{@code intoInner}: {@code STRONG.getAndAdd(-1)}; the caller that saw 1 takes the value;</li>
 *   <li>{@code tryUnwrap}: {@code STRONG.compareAndSet(1, 0)}, then takes the value;</li>
 *   <li>{@code getMut}: {@code WEAK.compareAndSet(0, LOCKED)}, read {@code STRONG}, {@code WEAK = 0}.</li>
 * </ul>
 */
public final class ArcProtocol {
    private ArcProtocol() {
    }

    /** The protocol as implemented. */
    public static Protocol implemented() {
        return Protocol.of(Map.of(
                Op.CLONE, ArcProtocol::cloneHandle,
                Op.CLOSE, ArcProtocol::close,
                Op.CLOSE_SHARED, ArcProtocol::closeShared,
                Op.DOWNGRADE, ArcProtocol::downgrade,
                Op.UPGRADE, ArcProtocol::upgrade,
                Op.WEAK_CLONE, ArcProtocol::weakClone,
                Op.WEAK_CLOSE, ArcProtocol::weakClose,
                Op.INTO_INNER, ArcProtocol::intoInner,
                Op.TRY_UNWRAP, ArcProtocol::tryUnwrap,
                Op.GET_MUT, ArcProtocol::getMut));
    }

    /** A plain increment suffices: the caller's own live handle keeps the count above zero. */
    static Move cloneHandle(Memory m, Worker w) {
        return new Move("STRONG.getAndAdd(+1) = " + m.strong(), m.strong(m.strong() + 1),
                w.strong(w.strong() + 1).at(END));
    }

    /** Decrement; whoever takes the count from 1 to 0 unlinks the value and runs its cleanup. */
    static Move close(Memory m, Worker w) {
        return switch (w.pc()) {
            case 0 -> {
                if (w.strong() == 0) {
                    yield new Move("no strong handle held", m, w.at(END));
                }
                int previous = m.strong();
                yield new Move("STRONG.getAndAdd(-1) = " + previous, m.strong(previous - 1),
                        w.strong(w.strong() - 1).at(previous == 1 ? 1 : END));
            }
            case 1 -> new Move("value field nulled", m.life(Life.DETACHED), w.at(2));
            case 2 -> new Move("cleanup starts", m.life(Life.CLEANING), w.at(3));
            case 3 -> new Move("cleanup finishes", m.cleanedUp(), w.at(END));
            default -> throw new IllegalStateException("pc " + w.pc());
        };
    }

    /** Claims the shared handle with one getAndSet; only the caller that got it releases the count. */
    static Move closeShared(Memory m, Worker w) {
        if (w.pc() == 0) {
            if (m.shared() == 0) {
                return new Move("HANDLE.getAndSet(null) = null: throws, nothing changes", m, w.at(END));
            }
            // The claimed reference is now this thread's to release.
            return new Move("HANDLE.getAndSet(null) = inner", m.shared(0), w.strong(w.strong() + 1).at(1));
        }
        Move step = close(m, w.at(w.pc() - 1));
        Worker after = step.worker();
        return new Move(step.label(), step.memory(), after.pc() == END ? after : after.at(after.pc() + 1));
    }

    /** Read, then compare-and-exchange with the witnessed value; waits while getMut holds it locked. */
    static Move downgrade(Memory m, Worker w) {
        return switch (w.pc()) {
            case 0 -> new Move("WEAK.getVolatile() = " + m.weak(), m, w.seen(m.weak()).at(1));
            case 1 -> {
                if (w.seen() == LOCKED) {
                    yield new Move("spins: WEAK.getVolatile() = " + m.weak(), m, w.seen(m.weak()));
                }
                if (m.weak() == w.seen()) {
                    yield new Move("WEAK.compareAndExchange(" + w.seen() + ", " + (w.seen() + 1) + ") succeeds",
                            m.weak(w.seen() + 1), w.weak(w.weak() + 1).at(END));
                }
                yield new Move("WEAK.compareAndExchange(" + w.seen() + ", " + (w.seen() + 1) + ") = " + m.weak(),
                        m, w.seen(m.weak()));
            }
            default -> throw new IllegalStateException("pc " + w.pc());
        };
    }

    /** Read, then compare-and-exchange from a positive value only, retrying with the witnessed value. */
    static Move upgrade(Memory m, Worker w) {
        return switch (w.pc()) {
            case 0 -> {
                int seen = m.strong();
                yield new Move("STRONG.getVolatile() = " + seen + (seen <= 0 ? ": empty" : ""), m,
                        w.seen(seen).at(seen <= 0 ? END : 1));
            }
            case 1 -> {
                int s = w.seen();
                if (m.strong() == s) {
                    yield new Move("STRONG.compareAndExchange(" + s + ", " + (s + 1) + ") succeeds",
                            m.strong(s + 1), w.strong(w.strong() + 1).at(END));
                }
                int witnessed = m.strong();
                yield new Move("STRONG.compareAndExchange(" + s + ", " + (s + 1) + ") = " + witnessed
                        + (witnessed <= 0 ? ": empty" : ": retry"), m, w.seen(witnessed).at(witnessed <= 0 ? END : 1));
            }
            default -> throw new IllegalStateException("pc " + w.pc());
        };
    }

    static Move weakClone(Memory m, Worker w) {
        return new Move("WEAK.getAndAdd(+1) = " + m.weak(), m.weak(m.weak() + 1), w.weak(w.weak() + 1).at(END));
    }

    static Move weakClose(Memory m, Worker w) {
        if (w.weak() == 0) {
            return new Move("no weak handle held", m, w.at(END));
        }
        return new Move("WEAK.getAndAdd(-1) = " + m.weak(), m.weak(m.weak() - 1), w.weak(w.weak() - 1).at(END));
    }

    /** Like close, but the caller that takes the count to zero takes the value instead of cleaning it up. */
    static Move intoInner(Memory m, Worker w) {
        return switch (w.pc()) {
            case 0 -> {
                int previous = m.strong();
                yield new Move("STRONG.getAndAdd(-1) = " + previous, m.strong(previous - 1),
                        w.strong(w.strong() - 1).at(previous == 1 ? 1 : END));
            }
            case 1 -> new Move("takes the value", m.taken(), w.at(END));
            default -> throw new IllegalStateException("pc " + w.pc());
        };
    }

    /** Only a compare-and-set from 1 to 0 takes the value; on failure the handle stays live. */
    static Move tryUnwrap(Memory m, Worker w) {
        return switch (w.pc()) {
            case 0 -> {
                if (m.strong() == 1) {
                    yield new Move("STRONG.compareAndSet(1, 0) succeeds", m.strong(0), w.strong(w.strong() - 1).at(1));
                }
                yield new Move("STRONG.compareAndSet(1, 0) fails: handle restored", m, w.at(END));
            }
            case 1 -> new Move("takes the value", m.taken(), w.at(END));
            default -> throw new IllegalStateException("pc " + w.pc());
        };
    }

    /** Locks the weak count so that no weak handle can appear while the strong count is read. */
    static Move getMut(Memory m, Worker w) {
        return switch (w.pc()) {
            case 0 -> {
                if (m.weak() == 0) {
                    yield new Move("WEAK.compareAndSet(0, LOCKED) succeeds", m.weak(LOCKED), w.at(1));
                }
                yield new Move("WEAK.compareAndSet(0, LOCKED) fails: not unique", m, w.exclusive(false).at(END));
            }
            case 1 -> new Move("STRONG.getVolatile() = " + m.strong(), m,
                    w.exclusive(m.strong() == 1).at(2));
            case 2 -> new Move("WEAK.setVolatile(0)", m.weak(0), w.at(END));
            default -> throw new IllegalStateException("pc " + w.pc());
        };
    }
}
