package dev.fearless.internal;

/**
 * Rust's drop glue for a value whose owner has gone: runs the value's cleanup, {@code close()} if it is
 * {@link AutoCloseable}, and lets whatever the cleanup throws escape as the very same object, checked
 * exceptions included, so that the caller's {@code close()} rethrows it unwrapped.
 */
public final class DropGlue {
    private DropGlue() {
    }

    /** Runs {@code value}'s cleanup, if it has one, on the calling thread. */
    public static void drop(Object value) {
        if (value instanceof AutoCloseable) {
            try {
                ((AutoCloseable) value).close();
            } catch (Exception e) {
                throw DropGlue.<RuntimeException>rethrow(e);
            }
        }
    }

    // The compiler erases E to RuntimeException at the call site; the throwable itself is unchanged.
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E rethrow(Throwable t) throws E {
        throw (E) t;
    }
}
