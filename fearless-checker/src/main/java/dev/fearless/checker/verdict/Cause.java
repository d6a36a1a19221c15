package dev.fearless.checker.verdict;

/**
 * Why a type itself (not one of its parts) lacks a property, and the advice that goes with it: read
 * from a marker annotation's attributes, from the JDK type table, or inferred from a field.
 *
 * @param category    what kind of evidence this is; decides which rules may still let a value through
 * @param reason      completes "`T` is not `Send`: ...", e.g. "its reference count is updated without atomics"
 * @param alternative fully qualified name of a type to use instead, with the same type parameters; empty if none
 * @param help        a fix in words; empty if none
 */
public record Cause(Category category, String reason, String alternative, String help) {

    /** The kind of evidence behind a failure. */
    public enum Category {
        /** A Fearless marker ({@code @NotSend}, {@code @NotSync}) on the type. */
        DECLARED,
        /** An ecosystem annotation such as {@code @NotThreadSafe}. */
        DECLARED_NOT_THREAD_SAFE,
        /** The JDK table says the type is tied to its thread. */
        CONFINED,
        /** Reads mutate hidden state ({@code SimpleDateFormat}, iterators): never shareable, only movable. */
        INTERIOR_MUTABILITY,
        /**
         * A plain mutable type ({@code ArrayList}, arrays, a class with a non-final field): not Sync as a
         * type, but a captured local of it may still be shared read-only or moved.
         */
        PLAIN_MUTABLE,
        /** The type is unknown and {@code strict} asks for a proof. */
        UNPROVEN
    }

    /** Whether a value with this cause may never be reachable from two threads, even read-only. */
    public boolean neverShareable() {
        return category != Category.PLAIN_MUTABLE;
    }
}
