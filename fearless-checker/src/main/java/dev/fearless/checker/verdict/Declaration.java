package dev.fearless.checker.verdict;

/**
 * What a type's own annotations say about one property: it holds under some conditions, or it fails
 * for a stated cause.
 */
sealed interface Declaration {
    /** Declared to hold when {@code conditions} are met. */
    record Has(Conditions conditions) implements Declaration {
    }

    /** Declared not to hold. */
    record HasNot(Cause cause) implements Declaration {
    }
}
