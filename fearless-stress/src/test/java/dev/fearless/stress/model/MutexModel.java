package dev.fearless.stress.model;

import dev.fearless.stress.explore.Model;
import dev.fearless.stress.explore.Step;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Mutex} (with poisoning and {@code intoInner}) and {@code Condvar} as a {@link Model}: threads run
 * scripts of operations whose atomic steps come from a {@link Protocol}; {@link MutexProtocol} mirrors the
 * real implementation, tests plant broken ones.
 *
 * <p>What is modelled and what is trusted: the mutex's own state machine (its gate word
 * {@code FREE/HELD/CONSUMED}, the owner, the poison flag) and the condition variable's waiter queue,
 * {@code signalled} flags and {@code LockSupport} park permits are modelled step by step. The JDK's
 * {@code AbstractQueuedSynchronizer} queue is trusted for its contract: a thread blocked in
 * {@code acquire} can move again as soon as the gate is not {@code HELD} (it then acquires, or throws on
 * {@code CONSUMED}).
 *
 * <p>Invariants: at most one thread inside the lock; nobody holds a guard to a value that a failed
 * {@code withLock} left half-updated without having seen {@code PoisonException}; no update is lost; the
 * value handed out by {@code intoInner} is never changed afterwards. A state where some thread can never
 * move again (parked with nobody left to wake it) is reported by the explorer as a deadlock: that is how a
 * lost wake-up shows.
 */
public final class MutexModel implements Model<MutexModel.State> {

    /** The operations a thread's script can name. */
    public enum Op {
        /** {@code try (var g = mutex.lock()) { g.update(n -> n + 1); }} */
        INCREMENT,
        /** {@code mutex.withLock(g -> { g.update(n -> n + 1); throw ...; })}: poisons the mutex. */
        FAILING_WITH_LOCK,
        /** {@code mutex.tryLock().ifPresent(g -> { try (g) { g.update(n -> n + 1); } })} */
        TRY_INCREMENT,
        /** {@code mutex.intoInner()} */
        INTO_INNER,
        /** {@code try (var g = mutex.lock()) { condvar.awaitWhile(g, ready -> !ready); }} */
        AWAIT_READY,
        /** {@code try (var g = mutex.lock()) { g.set(ready); } condvar.signalOne();} (signal outside the lock) */
        SET_READY_SIGNAL_ONE,
        /** {@code try (var g = mutex.lock()) { g.set(ready); } condvar.signalAll();} */
        SET_READY_SIGNAL_ALL,
        /** {@code try (var g = mutex.lockIgnoringPoison()) { g.set(ready); } condvar.signalAll();} */
        SET_READY_IGNORING_POISON_SIGNAL_ALL
    }

    /** The mutex's gate word. */
    public enum Gate {
        FREE, HELD, CONSUMED
    }

    /**
     * Shared memory.
     *
     * @param gate       the gate word
     * @param owner      the thread that holds the gate, or -1
     * @param poisoned   the poison flag
     * @param data       the guarded counter
     * @param ready      the guarded condition that waiters wait for
     * @param inside     threads inside the critical section now
     * @param updates    increments completed (a failed {@code withLock} body counts: it wrote first)
     * @param failures   {@code withLock} bodies that have thrown
     * @param taken      the value {@code intoInner} handed out, or -1
     * @param waiters    the condition variable's queue (thread numbers, oldest first)
     * @param signalled  each thread's waiter {@code signalled} flag
     * @param permits    each thread's {@code LockSupport} permit
     */
    public record Memory(Gate gate, int owner, boolean poisoned, int data, boolean ready, int inside, int updates,
                         int failures, int taken, List<Integer> waiters, List<Boolean> signalled,
                         List<Boolean> permits) {
        public Memory gate(Gate value, int newOwner) {
            return new Memory(value, newOwner, poisoned, data, ready, inside, updates, failures, taken, waiters,
                    signalled, permits);
        }

        public Memory poisoned(boolean value) {
            return new Memory(gate, owner, value, data, ready, inside, updates, failures, taken, waiters,
                    signalled, permits);
        }

        public Memory data(int value) {
            return new Memory(gate, owner, poisoned, value, ready, inside, updates, failures, taken, waiters,
                    signalled, permits);
        }

        public Memory ready(boolean value) {
            return new Memory(gate, owner, poisoned, data, value, inside, updates, failures, taken, waiters,
                    signalled, permits);
        }

        public Memory inside(int value) {
            return new Memory(gate, owner, poisoned, data, ready, value, updates, failures, taken, waiters,
                    signalled, permits);
        }

        public Memory updated() {
            return new Memory(gate, owner, poisoned, data, ready, inside, updates + 1, failures, taken, waiters,
                    signalled, permits);
        }

        public Memory failed() {
            return new Memory(gate, owner, poisoned, data, ready, inside, updates, failures + 1, taken, waiters,
                    signalled, permits);
        }

        public Memory taken(int value) {
            return new Memory(gate, owner, poisoned, data, ready, inside, updates, failures, value, waiters,
                    signalled, permits);
        }

        public Memory waiters(List<Integer> value) {
            return new Memory(gate, owner, poisoned, data, ready, inside, updates, failures, taken,
                    List.copyOf(value), signalled, permits);
        }

        public Memory signalled(int thread, boolean value) {
            List<Boolean> copy = new ArrayList<>(signalled);
            copy.set(thread, value);
            return new Memory(gate, owner, poisoned, data, ready, inside, updates, failures, taken, waiters,
                    List.copyOf(copy), permits);
        }

        public Memory permit(int thread, boolean value) {
            List<Boolean> copy = new ArrayList<>(permits);
            copy.set(thread, value);
            return new Memory(gate, owner, poisoned, data, ready, inside, updates, failures, taken, waiters,
                    signalled, List.copyOf(copy));
        }
    }

    /**
     * One thread.
     *
     * @param op      index of the current operation in its script
     * @param pc      the step within that operation ({@link #END} once it has finished)
     * @param seen    a register
     * @param guarded whether it holds a guard that passed the poison check
     * @param pending threads this thread still has to unpark ({@code signalAll})
     * @param poisonSeen   how many times it got {@code PoisonException}
     * @param consumedSeen how many times it was told the mutex was consumed
     */
    public record Worker(int op, int pc, int seen, boolean guarded, List<Integer> pending, int poisonSeen,
                         int consumedSeen) {
        /** The {@code pc} that ends the current operation. */
        public static final int END = -1;

        public Worker at(int newPc) {
            return new Worker(op, newPc, seen, guarded, pending, poisonSeen, consumedSeen);
        }

        public Worker seen(int value) {
            return new Worker(op, pc, value, guarded, pending, poisonSeen, consumedSeen);
        }

        public Worker guarded(boolean value) {
            return new Worker(op, pc, seen, value, pending, poisonSeen, consumedSeen);
        }

        public Worker pending(List<Integer> value) {
            return new Worker(op, pc, seen, guarded, List.copyOf(value), poisonSeen, consumedSeen);
        }

        public Worker sawPoison() {
            return new Worker(op, pc, seen, guarded, pending, poisonSeen + 1, consumedSeen);
        }

        public Worker sawConsumed() {
            return new Worker(op, pc, seen, guarded, pending, poisonSeen, consumedSeen + 1);
        }
    }

    /** One atomic step (or a wait, when {@code memory} is null). */
    public record Move(String label, Memory memory, Worker worker) {
        public static Move blocked(String label) {
            return new Move(label, null, null);
        }
    }

    /** One step of an operation, for thread {@code thread} at {@code worker.pc()}. */
    @FunctionalInterface
    public interface Action {
        Move step(Memory memory, Worker worker, int thread);
    }

    /** How each operation is carried out, step by step. */
    public static final class Protocol {
        private final Map<Op, Action> actions;

        private Protocol(Map<Op, Action> actions) {
            this.actions = actions;
        }

        /** A protocol with an action for every operation. */
        public static Protocol of(Map<Op, Action> actions) {
            EnumMap<Op, Action> copy = new EnumMap<>(Op.class);
            copy.putAll(actions);
            if (copy.size() != Op.values().length) {
                throw new IllegalArgumentException("a protocol needs an action for every operation");
            }
            return new Protocol(copy);
        }

        /** This protocol with {@code op} carried out by {@code action} instead (to plant a bug). */
        public Protocol with(Op op, Action action) {
            EnumMap<Op, Action> copy = new EnumMap<>(actions);
            copy.put(op, action);
            return new Protocol(copy);
        }
    }

    /** The whole state. */
    public record State(Memory memory, List<Worker> workers) {
    }

    private final Protocol protocol;
    private final List<List<Op>> scripts;

    private MutexModel(Protocol protocol, List<List<Op>> scripts) {
        this.protocol = protocol;
        this.scripts = List.copyOf(scripts);
    }

    /** Threads running the given scripts against one {@code Mutex<Integer>} and one {@code Condvar}. */
    @SafeVarargs
    public static MutexModel of(Protocol protocol, List<Op>... scripts) {
        return new MutexModel(protocol, List.of(scripts));
    }

    @Override
    public State initial() {
        int n = scripts.size();
        List<Boolean> falses = new ArrayList<>();
        List<Worker> workers = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            falses.add(false);
            workers.add(new Worker(0, 0, 0, false, List.of(), 0, 0));
        }
        Memory memory = new Memory(Gate.FREE, -1, false, 0, false, 0, 0, 0, -1, List.of(), List.copyOf(falses),
                List.copyOf(falses));
        return new State(memory, List.copyOf(workers));
    }

    @Override
    public int threads() {
        return scripts.size();
    }

    @Override
    public Step<State> next(State state, int thread) {
        Worker worker = state.workers().get(thread);
        List<Op> ops = scripts.get(thread);
        if (worker.op() == ops.size()) {
            return Step.done();
        }
        Op op = ops.get(worker.op());
        Move move = protocol.actions.get(op).step(state.memory(), worker, thread);
        if (move.memory() == null) {
            return Step.blocked(op + ": " + move.label());
        }
        Worker after = move.worker();
        if (after.pc() == Worker.END) {
            after = new Worker(worker.op() + 1, 0, 0, false, List.of(), after.poisonSeen(), after.consumedSeen());
        }
        List<Worker> workers = new ArrayList<>(state.workers());
        workers.set(thread, after);
        return Step.to(op + ": " + move.label(), new State(move.memory(), List.copyOf(workers)));
    }

    @Override
    public String violation(State state) {
        Memory m = state.memory();
        if (m.inside() > 1) {
            return m.inside() + " threads are inside the mutex at once";
        }
        if ((m.gate() == Gate.HELD) != (m.owner() >= 0)) {
            return "the gate is " + m.gate() + " but the owner is " + m.owner();
        }
        for (int t = 0; t < state.workers().size(); t++) {
            if (state.workers().get(t).guarded() && m.failures() > 0) {
                return "T" + t + " holds a guard to a value that a failed withLock left half-updated, without a"
                        + " PoisonException";
            }
        }
        if (m.taken() >= 0 && m.data() != m.taken()) {
            return "the value changed after intoInner handed it out";
        }
        return null;
    }

    @Override
    public String finalViolation(State state) {
        Memory m = state.memory();
        if (m.data() != m.updates()) {
            return m.updates() + " increments but the value is " + m.data() + " (a lost update)";
        }
        if (m.gate() == Gate.HELD) {
            return "the mutex is still locked by T" + m.owner();
        }
        if (!m.waiters().isEmpty()) {
            return "threads " + m.waiters() + " are still queued on the condition variable";
        }
        return null;
    }
}
