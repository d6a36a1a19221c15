package dev.fearless.sync;

import dev.fearless.marker.NotSend;
import dev.fearless.marker.NotSync;

import java.util.function.UnaryOperator;

/** Proof that a {@link Mutex} is held; the only way to its data (Rust's {@code MutexGuard}). SKELETON. */
@NotSend(reason = "a lock must be released by the thread that acquired it",
        help = "lock the mutex inside the other thread instead: share the `Arc<Mutex<T>>`, not the guard")
@NotSync(reason = "its holder may change the guarded value at any moment",
        help = "read the value and share a copy, or share the `Arc<Mutex<T>>` and lock it where it is used")
public final class MutexGuard<T> implements AutoCloseable {
    private MutexGuard() {
    }

    public T get() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public void set(T value) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public T replace(T value) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public void update(UnaryOperator<T> change) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
