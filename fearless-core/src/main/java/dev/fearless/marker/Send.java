package dev.fearless.marker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rust's {@code Send}: a value of the annotated type may be <em>moved</em> to another thread, handed over
 * so that the sender never touches it again.
 *
 * <p><b>On a type</b>, it declares the type's verdict for the {@code -Xplugin:Fearless} checker. The
 * verdict may depend on type arguments, as Rust's auto traits do: {@link #ifSend()} names the type
 * parameters that must themselves be Send, {@link #ifSync()} those that must be Sync.
 *
 * <pre>{@code
 * @Send(ifSend = "T")               // Mutex<T>: Send if T: Send
 * @Sync(ifSend = "T")               // Mutex<T>: Sync if T: Send
 * public final class Mutex<T> { ... }
 *
 * @Send(ifSend = "T", ifSync = "T") // Arc<T>: Send if T: Send + Sync
 * public final class Arc<T> { ... }
 * }</pre>
 *
 * <p><b>On a parameter</b>, it declares a thread boundary: the argument is moved to another thread, so
 * what a lambda passed there captures must be Send, and a value passed there must not be used again by
 * the caller.
 *
 * <pre>{@code
 * public static <T> JoinHandle<T> spawn(@Send Supplier<T> body) { ... }
 * }</pre>
 *
 * <p>The checker reads this annotation by name from source or class files; it has no effect at run time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PARAMETER})
public @interface Send {
    /**
     * Type parameters (by name) that must be Send for the annotated type to be Send.
     *
     * @return the names of the type parameters that must be Send
     */
    String[] ifSend() default {};

    /**
     * Type parameters (by name) that must be Sync for the annotated type to be Send.
     *
     * @return the names of the type parameters that must be Sync
     */
    String[] ifSync() default {};
}
