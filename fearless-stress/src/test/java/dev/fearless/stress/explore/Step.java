package dev.fearless.stress.explore;

/**
 * One thread's next move in a {@link Model}: an atomic action leading to {@code after}, a wait that some
 * other thread must end, or the end of the thread's program.
 *
 * @param label what the action is, for counterexample traces
 * @param after the state after the action; {@code null} when blocked or done
 * @param kind  whether the thread can move
 * @param <S>   the model's state type
 */
public record Step<S>(String label, S after, Kind kind) {
    /** Whether a thread can move. */
    public enum Kind {
        /** It takes an atomic action. */
        RUNS,
        /** It waits for another thread (parked, or queued on a lock). */
        BLOCKED,
        /** Its program has ended. */
        DONE
    }

    /** An atomic action with its result. */
    public static <S> Step<S> to(String label, S after) {
        return new Step<>(label, after, Kind.RUNS);
    }

    /** A wait: the thread cannot move in this state. */
    public static <S> Step<S> blocked(String label) {
        return new Step<>(label, null, Kind.BLOCKED);
    }

    /** The thread has finished. */
    public static <S> Step<S> done() {
        return new Step<>("done", null, Kind.DONE);
    }
}
