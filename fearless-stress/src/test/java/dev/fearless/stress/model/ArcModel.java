package dev.fearless.stress.model;

import dev.fearless.stress.explore.Model;
import dev.fearless.stress.explore.Step;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code Arc}/{@code Weak} reference-count state machine as a {@link Model}: threads that own handles
 * run scripts of operations ({@code clone}, {@code close}, {@code upgrade}, ...) whose atomic steps come
 * from a {@link Protocol}. {@link ArcProtocol} mirrors the real implementation; tests plant broken
 * protocols to show that the explorer rejects them.
 *
 * <p>Besides the handles each thread owns, the model can hold one handle object that every thread can
 * reach (a misused, shared handle), to check that racing {@code close()} calls on one handle release the
 * count once.
 *
 * <p>Invariants checked in every reachable state:
 * <ul>
 *   <li>no count is ever negative, and the strong count equals the number of live strong handles
 *       (likewise weak, except while {@code getMut} holds the weak count locked), so no increment or
 *       decrement is lost or doubled;</li>
 *   <li>the value's cleanup runs at most once, and the value is never both cleaned up and taken out
 *       ({@code intoInner}/{@code tryUnwrap}), nor taken twice;</li>
 *   <li>once the strong count has reached zero it never rises again ({@code upgrade} never revives);</li>
 *   <li>no thread holds a strong handle to a value that is being or has been cleaned up or taken (no use
 *       after cleanup): this covers an upgrade slipping into the window between the count reaching zero
 *       and the cleanup finishing;</li>
 *   <li>while {@code getMut} reports exclusive access, no other strong or weak handle exists.</li>
 * </ul>
 * At the end, once every strong handle is closed, the value was cleaned up or taken exactly once, and no
 * cleanup is left half done.
 */
public final class ArcModel implements Model<ArcModel.State> {

    /** The weak count while {@code getMut} checks uniqueness (the implementation's {@code LOCKED}). */
    public static final int LOCKED = -1;

    /** The operations a thread's script can name. */
    public enum Op {
        /** {@code Arc.clone} on a handle the thread holds. */
        CLONE,
        /** {@code Arc.close} of a handle the thread holds; does nothing if it holds none (a failed upgrade). */
        CLOSE,
        /** {@code Arc.close} of the handle object all threads share; only one racing call may release it. */
        CLOSE_SHARED,
        /** {@code Arc.downgrade}. */
        DOWNGRADE,
        /** {@code Weak.upgrade} on a weak handle the thread holds. */
        UPGRADE,
        /** {@code Weak.clone}. */
        WEAK_CLONE,
        /** {@code Weak.close}. */
        WEAK_CLOSE,
        /** {@code Arc.intoInner}: always consumes the handle. */
        INTO_INNER,
        /** {@code Arc.tryUnwrap}: consumes the handle only if it succeeds. */
        TRY_UNWRAP,
        /** {@code Arc.getMut}: exclusive access if no other strong or weak handle exists. */
        GET_MUT
    }

    /** Where the shared value is in its life. */
    public enum Life {
        LIVE,
        /** Unlinked from the allocation by the last close; its cleanup has not started. */
        DETACHED,
        /** Its cleanup ({@code close()}) has started but not finished. */
        CLEANING,
        CLEANED,
        /** Handed out by {@code intoInner} or {@code tryUnwrap}. */
        TAKEN
    }

    /**
     * Shared memory: the counts, the value, and the shared handle object.
     *
     * @param strong   the strong count
     * @param weak     the weak count (user-visible weak handles), or {@link #LOCKED}
     * @param life     the value's state
     * @param cleanups how many times the cleanup ran
     * @param takes    how many times the value was handed out
     * @param wasZero  whether the strong count has ever been zero
     * @param shared   1 while the shared handle object is live (its reference to the allocation is set)
     * @param owner    the thread that cleaned up or took the value, -1 before that (so that end states
     *                 tell apart who did it)
     */
    public record Memory(int strong, int weak, Life life, int cleanups, int takes, boolean wasZero, int shared,
                         int owner) {
        public Memory strong(int value) {
            return new Memory(value, weak, life, cleanups, takes, wasZero || value == 0, shared, owner);
        }

        public Memory weak(int value) {
            return new Memory(strong, value, life, cleanups, takes, wasZero, shared, owner);
        }

        public Memory life(Life value) {
            return new Memory(strong, weak, value, cleanups, takes, wasZero, shared, owner);
        }

        public Memory cleanedUp() {
            return new Memory(strong, weak, Life.CLEANED, cleanups + 1, takes, wasZero, shared, owner);
        }

        public Memory taken() {
            return new Memory(strong, weak, Life.TAKEN, cleanups, takes + 1, wasZero, shared, owner);
        }

        public Memory shared(int value) {
            return new Memory(strong, weak, life, cleanups, takes, wasZero, value, owner);
        }

        Memory owner(int thread) {
            return new Memory(strong, weak, life, cleanups, takes, wasZero, shared, thread);
        }
    }

    /**
     * One thread: where it is in its script and what it holds.
     *
     * @param op        index of the current operation in the script
     * @param pc        the step within that operation ({@link #END} once it has finished)
     * @param seen      a register: a value read by an earlier step of the operation
     * @param strong    strong handles this thread holds
     * @param weak      weak handles this thread holds
     * @param exclusive whether its last {@code getMut} granted exclusive access (until its next operation)
     */
    public record Worker(int op, int pc, int seen, int strong, int weak, boolean exclusive) {
        /** The {@code pc} that ends the current operation. */
        public static final int END = -1;

        public Worker at(int newPc) {
            return new Worker(op, newPc, seen, strong, weak, exclusive);
        }

        public Worker seen(int value) {
            return new Worker(op, pc, value, strong, weak, exclusive);
        }

        public Worker strong(int value) {
            return new Worker(op, pc, seen, value, weak, exclusive);
        }

        public Worker weak(int value) {
            return new Worker(op, pc, seen, strong, value, exclusive);
        }

        public Worker exclusive(boolean value) {
            return new Worker(op, pc, seen, strong, weak, value);
        }
    }

    /** The result of one atomic step of an operation. */
    public record Move(String label, Memory memory, Worker worker) {
    }

    /** One atomic step of an operation: the step at {@code worker.pc()}, seen from {@code memory}. */
    @FunctionalInterface
    public interface Action {
        Move step(Memory memory, Worker worker);
    }

    /** How each operation is carried out, step by step. */
    public static final class Protocol {
        private final Map<Op, Action> actions;

        private Protocol(Map<Op, Action> actions) {
            this.actions = actions;
        }

        /** A protocol that carries out every operation with the given actions. */
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

        Action action(Op op) {
            return actions.get(op);
        }
    }

    /**
     * What a thread starts with and does.
     *
     * @param strong strong handles it owns at the start
     * @param weak   weak handles it owns at the start
     * @param ops    its operations, in order
     */
    public record Script(int strong, int weak, List<Op> ops) {
        public static Script holding(int strong, int weak, Op... ops) {
            return new Script(strong, weak, List.of(ops));
        }
    }

    /** The whole model state: shared memory and every thread. */
    public record State(Memory memory, List<Worker> workers) {
    }

    private final Protocol protocol;
    private final int sharedHandles;
    private final List<Script> scripts;

    private ArcModel(Protocol protocol, int sharedHandles, List<Script> scripts) {
        this.protocol = protocol;
        this.sharedHandles = sharedHandles;
        this.scripts = List.copyOf(scripts);
    }

    /** Threads running {@code scripts} on one shared allocation, with {@code protocol}'s steps. */
    public static ArcModel of(Protocol protocol, Script... scripts) {
        return new ArcModel(protocol, 0, List.of(scripts));
    }

    /** Like {@link #of}, plus one strong handle object that all threads reach ({@link Op#CLOSE_SHARED}). */
    public static ArcModel withSharedHandle(Protocol protocol, Script... scripts) {
        return new ArcModel(protocol, 1, List.of(scripts));
    }

    @Override
    public State initial() {
        int strong = sharedHandles + scripts.stream().mapToInt(Script::strong).sum();
        int weak = scripts.stream().mapToInt(Script::weak).sum();
        List<Worker> workers = new ArrayList<>();
        for (Script script : scripts) {
            workers.add(new Worker(0, 0, 0, script.strong(), script.weak(), false));
        }
        Memory memory = new Memory(strong, weak, Life.LIVE, 0, 0, strong == 0, sharedHandles, -1);
        return new State(memory, List.copyOf(workers));
    }

    @Override
    public int threads() {
        return scripts.size();
    }

    @Override
    public Step<State> next(State state, int thread) {
        Worker worker = state.workers().get(thread);
        List<Op> ops = scripts.get(thread).ops();
        if (worker.op() == ops.size()) {
            return Step.done();
        }
        Op op = ops.get(worker.op());
        if (worker.pc() == 0 && worker.exclusive() && op != Op.GET_MUT) {
            // Exclusive access from getMut lasts until the thread does anything else with its handles.
            worker = worker.exclusive(false);
        }
        Move move = protocol.action(op).step(state.memory(), worker);
        Worker after = move.worker();
        if (after.pc() == Worker.END) {
            after = new Worker(worker.op() + 1, 0, 0, after.strong(), after.weak(), after.exclusive());
        }
        Memory memory = move.memory();
        if (memory.cleanups() + memory.takes() > state.memory().cleanups() + state.memory().takes()) {
            memory = memory.owner(thread);
        }
        List<Worker> workers = new ArrayList<>(state.workers());
        workers.set(thread, after);
        return Step.to(op + ": " + move.label(), new State(memory, List.copyOf(workers)));
    }

    @Override
    public String violation(State state) {
        Memory m = state.memory();
        int strongHeld = m.shared() + state.workers().stream().mapToInt(Worker::strong).sum();
        int weakHeld = state.workers().stream().mapToInt(Worker::weak).sum();
        if (m.strong() < 0 || (m.weak() < 0 && m.weak() != LOCKED)) {
            return "a count is negative: strong " + m.strong() + ", weak " + m.weak();
        }
        if (m.strong() != strongHeld) {
            return "strong count " + m.strong() + " but " + strongHeld + " strong handles are live";
        }
        if (m.weak() == LOCKED ? weakHeld != 0 : m.weak() != weakHeld) {
            return "weak count " + m.weak() + " but " + weakHeld + " weak handles are live";
        }
        if (m.cleanups() > 1) {
            return "the cleanup ran " + m.cleanups() + " times";
        }
        if (m.cleanups() + m.takes() > 1) {
            return "the value was handed out " + m.takes() + " times and cleaned up " + m.cleanups() + " times";
        }
        if (m.wasZero() && m.strong() > 0) {
            return "the strong count rose again after reaching zero (a revived value)";
        }
        for (int t = 0; t < state.workers().size(); t++) {
            Worker w = state.workers().get(t);
            if (w.strong() > 0 && m.life() != Life.LIVE) {
                return "T" + t + " holds a strong handle to a value that is " + m.life() + " (use after cleanup)";
            }
            if (w.exclusive() && (strongHeld != 1 || w.strong() != 1 || weakHeld != 0)) {
                return "T" + t + " has exclusive access from getMut while " + strongHeld + " strong and "
                        + weakHeld + " weak handles exist";
            }
        }
        return null;
    }

    @Override
    public String finalViolation(State state) {
        Memory m = state.memory();
        if (m.strong() == 0 && m.cleanups() + m.takes() != 1) {
            return "every strong handle is closed but the value was cleaned up " + m.cleanups()
                    + " times and handed out " + m.takes() + " times";
        }
        if (m.life() == Life.DETACHED || m.life() == Life.CLEANING) {
            return "a cleanup never finished";
        }
        if (m.weak() == LOCKED) {
            return "the weak count was left locked";
        }
        return null;
    }
}
