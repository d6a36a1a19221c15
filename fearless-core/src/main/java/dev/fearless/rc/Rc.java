package dev.fearless.rc;

import dev.fearless.marker.NotSend;
import dev.fearless.marker.NotSync;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Single-threaded reference-counted handle (Rust's {@code std::rc::Rc}). SKELETON: to be implemented. */
@NotSend(reason = "its reference count is updated without atomics", alternative = "dev.fearless.sync.Arc")
@NotSync(reason = "its reference count is updated without atomics", alternative = "dev.fearless.sync.Arc")
public final class Rc<T> implements AutoCloseable {
    private Rc() {
    }

    public static <T> Rc<T> of(T value) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Rc<T> clone() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public T get() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static int strongCount(Rc<?> arc) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static int weakCount(Rc<?> arc) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static <T> Weak<T> downgrade(Rc<T> arc) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static <T> Optional<T> tryUnwrap(Rc<T> arc) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static <T> Optional<T> intoInner(Rc<T> arc) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static <T> Optional<T> getMut(Rc<T> arc) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static <T> T makeMut(Rc<T> arc, UnaryOperator<T> copier) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static <T> Rc<T> newCyclic(Function<Weak<T>, T> body) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static boolean ptrEq(Rc<?> a, Rc<?> b) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** A non-owning handle (Rust's {@code std::rc::Weak}). */
    @NotSend(reason = "its reference count is updated without atomics", alternative = "dev.fearless.sync.Arc.Weak")
    @NotSync(reason = "its reference count is updated without atomics", alternative = "dev.fearless.sync.Arc.Weak")
    public static final class Weak<T> implements AutoCloseable {
        private Weak() {
        }

        public static <T> Weak<T> empty() {
            throw new UnsupportedOperationException("not implemented yet");
        }

        public Optional<Rc<T>> upgrade() {
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
