package dev.fearless.sync;

import dev.fearless.marker.Send;
import dev.fearless.marker.Sync;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Atomically reference-counted handle (Rust's {@code std::sync::Arc}). SKELETON: to be implemented. */
@Send(ifSend = "T", ifSync = "T")
@Sync(ifSend = "T", ifSync = "T")
public final class Arc<T> implements AutoCloseable {
    private Arc() {
    }

    public static <T> Arc<T> of(T value) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Arc<T> clone() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public T get() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static int strongCount(Arc<?> arc) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static int weakCount(Arc<?> arc) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static <T> Weak<T> downgrade(Arc<T> arc) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static <T> Optional<T> tryUnwrap(Arc<T> arc) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static <T> Optional<T> intoInner(Arc<T> arc) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static <T> Optional<T> getMut(Arc<T> arc) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static <T> T makeMut(Arc<T> arc, UnaryOperator<T> copier) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static <T> Arc<T> newCyclic(Function<Weak<T>, T> body) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static boolean ptrEq(Arc<?> a, Arc<?> b) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** A non-owning handle (Rust's {@code std::sync::Weak}). */
    @Send(ifSend = "T", ifSync = "T")
    @Sync(ifSend = "T", ifSync = "T")
    public static final class Weak<T> implements AutoCloseable {
        private Weak() {
        }

        public static <T> Weak<T> empty() {
            throw new UnsupportedOperationException("not implemented yet");
        }

        public Optional<Arc<T>> upgrade() {
            throw new UnsupportedOperationException("not implemented yet");
        }

        public int strongCount() {
            throw new UnsupportedOperationException("not implemented yet");
        }

        public int weakCount() {
            throw new UnsupportedOperationException("not implemented yet");
        }

        @Override
        public Weak<T> clone() {
            throw new UnsupportedOperationException("not implemented yet");
        }

        @Override
        public void close() {
            throw new UnsupportedOperationException("not implemented yet");
        }
    }
}
