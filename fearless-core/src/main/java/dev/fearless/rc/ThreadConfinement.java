package dev.fearless.rc;

import dev.fearless.internal.RuntimeTypeName;
import dev.fearless.marker.NotSendException;

/**
 * The run-time counterpart of the checker's "cannot be sent between threads safely" error for
 * {@link Rc}: the one place its message is worded.
 */
final class ThreadConfinement {
    private ThreadConfinement() {
    }

    /**
     * The exception for {@code handle} (an {@code Rc} or {@code Rc.Weak}) created on {@code owner} and
     * used on the current thread. Names the type from the run-time classes, as the compile error would.
     */
    static NotSendException violation(Object handle, Thread owner) {
        String type = RuntimeTypeName.of(handle);
        String created = owner == null ? "another thread" : "thread \"" + owner.getName() + "\"";
        return new NotSendException("`" + type + "` cannot be sent between threads safely: it was created on "
                + created + " and used on thread \"" + Thread.currentThread().getName() + "\", but Rc updates"
                + " its reference count without atomics, so it must stay on the thread that created it."
                + " Use `Arc` (dev.fearless.sync.Arc) to share a value between threads.");
    }
}
