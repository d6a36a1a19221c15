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

    /**
     * Nothing can be proven either way.
     *
     * @param reason  why not
     * @param subject the simple name of the type the reason is about, or empty where the reason names none
     */
    record Unknown(Reason reason, String subject) implements Verdict {

        /** An unknown for a reason that names no type. */
        public Unknown(Reason reason) {
            this(reason, "");
        }

        /** Why nothing can be proven. The words are the report stage's. */
        public enum Reason {
            /** An unbounded wildcard {@code ?}. */
            WILDCARD,
            /** A type variable. */
            TYPE_VARIABLE,
            /** A kind of type the checker does not judge (an intersection or union type, an error type). */
            OTHER_KIND,
            /** A type nesting itself in its own type arguments without bound ({@code G<T>(G<G<T>> next)}). */
            EXPANSIVE,
            /** A JDK type with no row in the checker's table. */
            JDK_UNTABLED,
            /** An interface: any class may implement it. */
            INTERFACE,
            /** A class that is not final: its subclasses may have other fields. */
            OPEN_CLASS,
            /** A raw use of a generic type: its type arguments are unknown. */
            RAW
        }
    }

    /** The shared instance for a property that holds. */
    Verdict HOLDS = new Holds();

    /** Whether this verdict is {@link Holds}. */
    default boolean holds() {
        return this instanceof Holds;
    }
}
