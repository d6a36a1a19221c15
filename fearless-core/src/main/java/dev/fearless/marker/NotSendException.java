package dev.fearless.marker;

/**
 * Thrown when a value that is not {@link Send} is used on a thread other than the one it belongs to: the
 * run-time counterpart of the checker's compile error, with the same words, for code the compiler
 * could not see (reflection, code compiled without the plugin).
 *
 * <pre>{@code
 * Rc<Mutex<Integer>> counter = Rc.of(Mutex.of(0));
 * Threads.spawn(() -> counter.get()).join();
 * // PanicException caused by NotSendException:
 * //   `Rc<Mutex<Integer>>` cannot be sent between threads safely: ...
 * }</pre>
 */
public class NotSendException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with the given message, which should start like the compile error.
     *
     * @param message the explanation, in the compile error's words
     */
    public NotSendException(String message) {
        super(message);
    }
}
