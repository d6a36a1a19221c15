package dev.fearless.marker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rust's {@code !Sync}: a value of the annotated type must never be reachable from two threads at once,
 * even if only read. It may still be moved to another thread unless the type is also {@link NotSend}.
 *
 * <pre>{@code
 * @NotSync(reason = "it caches parsing state in its fields",
 *          help = "give each thread its own instance, or wrap it in a Mutex")
 * public final class Parser { ... }
 * }</pre>
 *
 * <p>The checker reads this annotation by name from source or class files; it has no effect at run time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotSync {
    /**
     * Why the type must not be shared, completing "... because {@code reason}".
     *
     * @return why values of the type cannot be shared; empty for the default wording
     */
    String reason() default "";

    /**
     * The fully qualified name of a thread-safe type with the same type parameters to use instead.
     *
     * @return the fully qualified name of the type to use instead, or empty
     */
    String alternative() default "";

    /**
     * A fix in words, for when no single alternative type fits.
     *
     * @return the advice to print, or empty
     */
    String help() default "";
}
