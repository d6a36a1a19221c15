package dev.fearless.checker.verdict;

/**
 * The answer to "is this type Send (or Sync)?": it holds, it fails with a reason path, or nothing is
 * known (interfaces, type variables, non-final classes), which is not an error unless {@code strict}.
 */
public sealed interface Verdict {
    /** The property holds. */
    record Holds() implements Verdict {
    }

    /** The property fails; {@code failure} explains why and where. */
    record Fails(Failure failure) implements Verdict {
    }

    /** Nothing can be proven either way; {@code why} completes "the checker cannot tell because ...". */
    record Unknown(String why) implements Verdict {
    }

    /** The shared instance for a property that holds. */
    Verdict HOLDS = new Holds();

    /** Whether this verdict is {@link Holds}. */
    default boolean holds() {
        return this instanceof Holds;
    }
}
