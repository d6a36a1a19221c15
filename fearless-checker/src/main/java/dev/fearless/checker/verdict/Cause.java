package dev.fearless.checker.verdict;

/**
 * Why a type itself (not one of its parts) lacks a property, and the advice that goes with it: read
 * from a marker annotation's attributes, from the JDK type table, or inferred from a field.
 *
 * @param category    what kind of evidence this is; decides which rules may still let a value through
 * @param reason      what completes "`T` is not `Send`: ...": a structure, worded by the report
 * @param alternative fully qualified name of a type to use instead, with the same type parameters; empty if none
 * @param help        a fix in words; empty if none
 */
public record Cause(Category category, Reason reason, String alternative, String help) {

    /** A cause whose reason is stated in words by a table row or an annotation (empty: worded by category). */
    public static Cause stated(Category category, String reason, String alternative, String help) {
        return new Cause(category, reason.isEmpty() ? Reason.Standard.BY_CATEGORY : new Reason.Stated(reason),
                alternative, help);
    }

    /** Why the type itself fails; the report turns it into words. */
    public sealed interface Reason permits Reason.Stated, Reason.FieldNotFinal, Reason.Standard {

        /** Words given by the user's annotation or by a JDK table row, shown as written. */
        record Stated(String text) implements Reason {
        }

        /** A class whose field {@code field} is not final, so any holder may reassign it. */
        record FieldNotFinal(String field) implements Reason {
        }

        /** Reasons with no parameter. */
        enum Standard implements Reason {
            /** Nothing more specific than the category. */
            BY_CATEGORY,
            /** An array: any holder can store into its elements. */
            ARRAY_ELEMENTS,
            /** A mutable type with no stated reason: any holder may change it. */
            ANY_HOLDER_MAY_CHANGE
        }
    }

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
