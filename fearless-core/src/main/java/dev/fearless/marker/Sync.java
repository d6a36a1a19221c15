package dev.fearless.marker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rust's {@code Sync}: a value of the annotated type may be <em>shared</em>, reachable from several
 * threads at once, because it is deeply immutable or internally synchronized.
 *
 * <p><b>On a type</b>, it declares the type's verdict for the {@code -Xplugin:Fearless} checker, with
 * conditions on type parameters: {@link #ifSend()} names those that must be Send, {@link #ifSync()}
 * those that must be Sync.
 *
 * <pre>{@code
 * @Sync(ifSend = "T", ifSync = "T") // Arc<T>: Sync if T: Send + Sync
 * public final class Arc<T> { ... }
 * }</pre>
 *
 * <p><b>On a parameter</b>, it declares a thread boundary whose argument is shared with other threads
 * that may run at the same time: what a lambda passed there captures must be Sync (or only read).
 *
 * <p>The checker reads this annotation by name from source or class files; it has no effect at run time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PARAMETER})
public @interface Sync {
    /**
     * Type parameters (by name) that must be Send for the annotated type to be Sync.
     *
     * @return the names of the type parameters that must be Send
     */
    String[] ifSend() default {};

    /**
     * Type parameters (by name) that must be Sync for the annotated type to be Sync.
     *
     * @return the names of the type parameters that must be Sync
     */
    String[] ifSync() default {};
}
