package dev.fearless.marker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rust's {@code !Send}: a value of the annotated type is tied to the thread that created it and must
 * never reach another thread, not even by being moved there.
 *
 * <p>The annotation carries the teaching part of the checker's error, so that a user's own types give
 * advice as good as the library's:
 *
 * <pre>{@code
 * @NotSend(reason = "its reference count is updated without atomics",
 *          alternative = "dev.fearless.sync.Arc")
 * @NotSync(reason = "its reference count is updated without atomics",
 *          alternative = "dev.fearless.sync.Arc")
 * public final class Rc<T> { ... }
 * }</pre>
 *
 * <p>The checker reads this annotation by name from source or class files; it has no effect at run time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotSend {
    /**
     * Why the type must stay on its thread, completing "... because {@code reason}".
     *
     * @return why values of the type cannot be sent; empty for the default wording
     */
    String reason() default "";

    /**
     * The fully qualified name of a thread-safe type with the same type parameters to use instead
     * ({@code Rc} names {@code dev.fearless.sync.Arc}); empty if there is none.
     *
     * @return the fully qualified name of the type to use instead, or empty
     */
    String alternative() default "";

    /**
     * A fix in words, for when no single alternative type fits; empty if {@link #alternative()} says it.
     *
     * @return the advice to print, or empty
     */
    String help() default "";
}
