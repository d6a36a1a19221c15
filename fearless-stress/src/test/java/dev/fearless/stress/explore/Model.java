package dev.fearless.stress.explore;

/**
 * A concurrent protocol written as explicit atomic steps, for {@link Explorer} to run in every order.
 *
 * <p>A state {@code S} holds everything: shared memory and each thread's program counter and registers.
 * It must be an immutable value ({@code equals}/{@code hashCode} by content, as records give), because
 * the explorer memoises the states it has seen; that is also what makes retry loops (a failed
 * compare-and-set going round again) finite to explore.
 *
 * <p>One step is one atomic action of the real code: a volatile read, a write, a compare-and-set, a
 * get-and-add. Splitting an action that the real code does atomically would report races that cannot
 * happen; merging two that it does separately would hide real ones.
 *
 * @param <S> the state type
 */
public interface Model<S> {
    /** The state before any thread has run. */
    S initial();

    /** How many threads the model runs. */
    int threads();

    /**
     * What thread {@code thread} does next in {@code state}: {@link Step#done()} once it has finished,
     * {@link Step#blocked(String)} while it waits (parked, or for a lock), else the state after its step.
     */
    Step<S> next(S state, int thread);

    /** A broken invariant in {@code state}, described, or {@code null}; checked in every reachable state. */
    String violation(S state);

    /** A wrong end result, described, or {@code null}; checked once every thread has finished. */
    String finalViolation(S state);
}
