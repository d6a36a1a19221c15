package dev.fearless.stress.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs a {@link Model} in every interleaving of its threads and checks it in every state reached.
 *
 * <p>Stress loops sample the schedules a machine happens to produce and miss narrow windows, such as
 * "the count is zero but the cleanup has not finished". The explorer instead enumerates every order of
 * the model's atomic steps: from each state it tries each thread that can move, depth first.
 *
 * <p>Implementation notes: a state reached again by another order has the same future, so it is
 * explored once (a visited set; states are values). This keeps exhaustive search of 2-3 threads with a
 * dozen steps each to thousands of states, and makes retry loops finite: a compare-and-set that fails
 * and goes round again returns to a state already seen. A state where some thread has not finished but
 * none can move is a deadlock or a lost wake-up. On the first failure the explorer throws an
 * {@link InterleavingFailure} with the schedule that led there (the current depth-first path).
 */
public final class Explorer {
    private final int maxStates;

    private Explorer(int maxStates) {
        this.maxStates = maxStates;
    }

    /** An explorer that gives up (fails) beyond {@code maxStates} distinct states, so a runaway model cannot hang a build. */
    public static Explorer withStateLimit(int maxStates) {
        return new Explorer(maxStates);
    }

    /** What an exhaustive run covered. */
    public record Coverage(int states, int transitions, int endStates) {
    }

    /**
     * Explores every interleaving of {@code model}.
     *
     * @return how much was explored
     * @throws InterleavingFailure on the first broken invariant, wrong end result, or deadlock
     */
    public <S> Coverage explore(Model<S> model) {
        return explore(model, end -> {
        });
    }

    /**
     * Like {@link #explore(Model)}, and hands every distinct end state (all threads finished, checked) to
     * {@code onEnd}, so that a test can assert which outcomes are reachable.
     */
    public <S> Coverage explore(Model<S> model, Consumer<? super S> onEnd) {
        Set<S> visited = new HashSet<>();
        Deque<Frame<S>> path = new ArrayDeque<>();
        int transitions = 0;
        int endStates = 0;

        S initial = model.initial();
        check(model, initial, path);
        visited.add(initial);
        path.push(new Frame<>(initial, null));

        while (!path.isEmpty()) {
            Frame<S> frame = path.peek();
            if (frame.nextThread == 0) {
                // First visit: classify the state once, before trying its successors.
                if (isEnd(model, frame.state, path)) {
                    endStates++;
                    onEnd.accept(frame.state);
                }
            }
            if (frame.nextThread == model.threads()) {
                path.pop();
                continue;
            }
            int thread = frame.nextThread++;
            Step<S> step = model.next(frame.state, thread);
            if (step.kind() != Step.Kind.RUNS) {
                continue;
            }
            transitions++;
            S after = step.after();
            Frame<S> child = new Frame<>(after, "T" + thread + ": " + step.label());
            if (visited.add(after)) {
                if (visited.size() > maxStates) {
                    throw new IllegalStateException("more than " + maxStates + " states: shrink the model");
                }
                path.push(child);
                check(model, after, path);
            }
        }
        return new Coverage(visited.size(), transitions, endStates);
    }

    /** Whether every thread has finished; a state where none can move but some have not is a deadlock. */
    private static <S> boolean isEnd(Model<S> model, S state, Deque<Frame<S>> path) {
        boolean allDone = true;
        boolean anyRuns = false;
        List<String> waiting = new ArrayList<>();
        for (int t = 0; t < model.threads(); t++) {
            Step<S> step = model.next(state, t);
            switch (step.kind()) {
                case RUNS -> {
                    anyRuns = true;
                    allDone = false;
                }
                case BLOCKED -> {
                    allDone = false;
                    waiting.add("T" + t + " " + step.label());
                }
                case DONE -> {
                }
            }
        }
        if (!allDone && !anyRuns) {
            throw failure("deadlock: every unfinished thread waits forever (" + String.join(", ", waiting) + ")",
                    path);
        }
        if (allDone) {
            String wrong = model.finalViolation(state);
            if (wrong != null) {
                throw failure("wrong end result: " + wrong, path);
            }
        }
        return allDone;
    }

    private static <S> void check(Model<S> model, S state, Deque<Frame<S>> path) {
        String broken = model.violation(state);
        if (broken != null) {
            throw failure("invariant broken: " + broken, path);
        }
    }

    private static <S> InterleavingFailure failure(String problem, Deque<Frame<S>> path) {
        List<String> trace = new ArrayList<>();
        path.descendingIterator().forEachRemaining(frame -> {
            if (frame.label != null) {
                trace.add(frame.label);
            }
        });
        return new InterleavingFailure(problem, trace);
    }

    /** A state on the current depth-first path and the next thread to try from it. */
    private static final class Frame<S> {
        final S state;
        final String label;
        int nextThread;

        Frame(S state, String label) {
            this.state = state;
            this.label = label;
        }
    }
}
