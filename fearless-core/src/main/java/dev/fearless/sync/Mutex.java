package dev.fearless.sync;

import dev.fearless.marker.Send;
import dev.fearless.marker.Sync;

import java.util.Optional;
import java.util.function.Function;

/** A mutual-exclusion lock that owns its data (Rust's {@code std::sync::Mutex}). SKELETON: to be implemented. */
@Send(ifSend = "T")
@Sync(ifSend = "T")
public final class Mutex<T> {
    private Mutex() {
    }

    public static <T> Mutex<T> of(T value) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public MutexGuard<T> lock() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public MutexGuard<T> lockIgnoringPoison() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public Optional<MutexGuard<T>> tryLock() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public <R> R withLock(Function<? super MutexGuard<T>, R> body) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public boolean isPoisoned() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public void clearPoison() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public T intoInner() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public T getMut() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
