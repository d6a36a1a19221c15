package dev.fearless.sync;

import dev.fearless.internal.RuntimeTypeName;
import dev.fearless.marker.Send;
import dev.fearless.marker.Sync;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A value computed on first access, safely shared between threads (Rust's {@code std::sync::LazyLock}).
 *
 * <pre>{@code
 * static final LazyLock<Pattern> WORD = LazyLock.of(() -> Pattern.compile("\\w+"));
 *
 * boolean isWord(String s) {
 *     return WORD.get().matcher(s).matches(); // compiled once, by the first caller
 * }
 * }</pre>
 *
 * <p>The initializer runs at most once. Callers arriving while it runs wait for it. If it throws, the
 * first caller gets that exception unchanged and the lazy lock is <em>poisoned</em>: every later
 * {@link #get()} throws an {@link IllegalStateException} saying so, with the original failure as its
 * cause (Rust panics likewise). A {@code null} result is a valid value.
 *
 * <p><b>Markers.</b> {@link Send @Send} if {@code T} is Send; {@link Sync @Sync} if {@code T} is Send and
 * Sync, as in Rust (the initializer should capture only Send values: it may run on any thread).
 *
 * <p><b>Memory consistency effects:</b> actions in the initializer happen-before the return of every
 * {@link #get()}. Never uses {@code synchronized}, so waiting virtual threads do not pin.
 *
 * @param <T> the type of the value
 */
@Send(ifSend = "T")
@Sync(ifSend = "T", ifSync = "T")
public final class LazyLock<T> {
    /*
     * Implementation notes.
     *
     * `state` is volatile: UNINIT until the initializer succeeds, then the value (possibly null),
     * never changing again. The fast path is one volatile read. The slow path serializes on `lock`
     * (double-checked: `state` is re-read under it); the initializer runs under the lock, so it runs at
     * most once and waiters block. `initializer` and `failure` are only touched under the lock; the
     * initializer is dropped after it ran so that what it captured can be collected.
     */

    private static final Object UNINIT = new Object();

    static {
        RuntimeTypeName.register(LazyLock.class, lazy -> {
            Object state = ((LazyLock<?>) lazy).state;
            return state == UNINIT ? null : state;
        });
    }

    private final ReentrantLock lock = new ReentrantLock();
    private volatile Object state = UNINIT;
    private Supplier<? extends T> initializer; // guarded by lock; null once run
    private Throwable failure;                 // guarded by lock; set if the initializer threw

    private LazyLock(Supplier<? extends T> initializer) {
        this.initializer = initializer;
    }

    /**
     * Creates a lazy lock that computes its value with {@code initializer} on first {@link #get()}
     * (Rust's {@code LazyLock::new}).
     *
     * <pre>{@code
     * LazyLock<List<String>> words = LazyLock.of(() -> List.of("fearless", "concurrency"));
     * }</pre>
     *
     * @param initializer computes the value once
     * @param <T>         the type of the value
     * @return a new, not yet initialized lazy lock
     */
    public static <T> LazyLock<T> of(Supplier<? extends T> initializer) {
        return new LazyLock<>(Objects.requireNonNull(initializer, "initializer"));
    }

    /**
     * The value, computing it first if this is the first call (Rust's {@code Deref}).
     *
     * <pre>{@code
     * LazyLock<List<String>> words = LazyLock.of(() -> List.of("fearless", "concurrency"));
     * int count = words.get().size();
     * }</pre>
     *
     * <p>Memory consistency effects: actions in the initializer happen-before the return.
     *
     * @return the value
     * @throws IllegalStateException if an earlier initializer failed (poisoned; the cause is that
     *                               failure), or if the initializer calls {@code get()} on its own lazy
     *                               lock; the first caller of a failing initializer gets its exception
     *                               unchanged instead
     */
    @SuppressWarnings("unchecked")
    public T get() {
        Object current = state;
        if (current != UNINIT) {
            return (T) current;
        }
        return initialize();
    }

    @SuppressWarnings("unchecked")
    private T initialize() {
        if (lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("re-entrant initialization of a LazyLock: its initializer called get()");
        }
        lock.lock();
        try {
            Object current = state;
            if (current != UNINIT) {
                return (T) current;
            }
            if (failure != null) {
                throw new IllegalStateException("LazyLock instance has previously been poisoned: its initializer"
                        + " threw " + failure, failure);
            }
            Supplier<? extends T> init = initializer;
            initializer = null; // runs once, success or not
            T result;
            try {
                result = init.get();
            } catch (Throwable thrown) {
                failure = thrown;
                throw thrown;
            }
            state = result;
            return result;
        } finally {
            lock.unlock();
        }
    }

    /** Describes the lazy lock without initializing it: {@code LazyLock<?>} until it has a value. */
    @Override
    public String toString() {
        return RuntimeTypeName.of(this);
    }
}
