package dev.fearless.stress.explore;

import java.util.List;

/**
 * An interleaving that breaks a {@link Model}'s invariant, its end result, or leaves every remaining thread
 * waiting (a deadlock or a lost wake-up). The message carries the whole schedule, step by step.
 */
public final class InterleavingFailure extends AssertionError {
    private final String problem;
    private final List<String> trace;

    InterleavingFailure(String problem, List<String> trace) {
        super(problem + "\n  interleaving:\n    " + String.join("\n    ", trace));
        this.problem = problem;
        this.trace = List.copyOf(trace);
    }

    /** What went wrong, without the trace. */
    public String problem() {
        return problem;
    }

    /** The steps that lead there, in order, each as {@code "T<thread>: <label>"}. */
    public List<String> trace() {
        return trace;
    }
}
