package dev.fearless.sync;

import dev.fearless.internal.RuntimeTypeName;
import dev.fearless.marker.Send;
import dev.fearless.marker.Sync;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A cell written at most once, safely shared between threads (Rust's {@code std::sync::OnceLock}):
 * the first {@link #set} or successful {@link #getOrInit} stores the value, every later reader gets that
 * same value.
 *
 * <pre>{@code
 * static final OnceLock<Config> CONFIG = new OnceLock<>();
 *
 * Config config() {
 *     return CONFIG.getOrInit(Config::load); // loaded once, by whichever thread comes first
 * }
 * }</pre>
 *
 * <p>Values are never {@code null} (an {@link Optional} reports emptiness): {@code set(null)} and an
 * initializer returning {@code null} throw {@link NullPointerException} and leave the cell empty.
 *
 * <p><b>Markers.</b> {@link Send @Send} if {@code T} is Send; {@link Sync @Sync} if {@code T} is Send
 * and Sync, as in Rust: one thread may store a value that other threads then share.
 *
 * <p><b>Memory consistency effects:</b> actions in a thread prior to storing the value (by
 * {@link #set}, or inside the initializer of {@link #getOrInit}) happen-before actions following any
 * call that returns or reports that value. Never uses {@code synchronized}, so threads waiting for an
 * initializer do not pin virtual-thread carriers.
 *
 * @param <T> the type of the value
 */
@Send(ifSend = "T")
@Sync(ifSend = "T", ifSync = "T")
public final class OnceLock<T> {
    /*
     * Implementation notes.
     *
     * `value` is volatile and goes from null to non-null exactly once (take() aside): readers that see
     * it non-null need no lock, and the volatile write publishes everything the initializer did.
     * Writers serialize on initLock, so exactly one initializer runs at a time and waiting callers block
     * (uninterruptibly) instead of running theirs; each re-checks `value` under the lock (double-checked
     * locking, correct because `value` is volatile). A failed initializer stores nothing, so the next
     * caller runs its own. The lock's owner check turns a re-entrant initialization (the initializer
     * touching its own cell) into an exception instead of a deadlock or a second initializer.
     */

    static {
        RuntimeTypeName.register(OnceLock.class, cell -> ((OnceLock<?>) cell).value);
    }

    private final ReentrantLock initLock = new ReentrantLock();
    private volatile T value;

    /**
     * Creates an empty cell (Rust's {@code OnceLock::new}).
     *
     * <pre>{@code
     * OnceLock<String> greeting = new OnceLock<>();
     * }</pre>
     */
    public OnceLock() {
    }

    /**
     * The value, or empty if none is stored yet. Never blocks.
     *
     * <pre>{@code
     * OnceLock<String> greeting = new OnceLock<>();
     * Optional<String> maybe = greeting.get();
     * }</pre>
     *
     * <p>Memory consistency effects: if a value is returned, its storing happens-before the return.
     *
     * @return the stored value, if any
     */
    public Optional<T> get() {
        return Optional.ofNullable(value);
    }

    /**
     * Stores {@code newValue} if the cell is empty (Rust's {@code set}, which returns
     * {@code Result<(), T>}). Waits if another thread is running an initializer.
     *
     * <pre>{@code
     * OnceLock<String> cell = new OnceLock<>();
     * cell.set("first");                                  // empty: stored
     * Optional<String> back = cell.set("second");         // Optional[second]: handed back
     * }</pre>
     *
     * <p>Memory consistency effects: actions prior to a successful {@code set} happen-before actions
     * following any call that returns the value.
     *
     * @param newValue the value to store; not {@code null}
     * @return empty if it was stored, else {@code newValue} handed back (the cell already had a value)
     * @throws IllegalStateException if called from this cell's own running initializer
     */
    public Optional<T> set(T newValue) {
        Objects.requireNonNull(newValue, "newValue");
        if (value != null) {
            return Optional.of(newValue);
        }
        lockForInit();
        try {
            if (value != null) {
                return Optional.of(newValue);
            }
            value = newValue;
            return Optional.empty();
        } finally {
            initLock.unlock();
        }
    }

    /**
     * The value, running {@code initializer} first if the cell is empty (Rust's {@code get_or_init}).
     * While one thread initializes, others calling this block; exactly one initializer runs at a time,
     * and once one succeeds no other runs. If the initializer throws, the exception is rethrown
     * unchanged and the cell stays empty (the next caller may try again).
     *
     * <pre>{@code
     * OnceLock<Integer> answer = new OnceLock<>();
     * int value = answer.getOrInit(() -> 42);  // 42
     * int again = answer.getOrInit(() -> 0);   // still 42; the initializer does not run
     * }</pre>
     *
     * <p>Memory consistency effects: actions in the initializer that stored the value happen-before
     * the return of every call that returns it.
     *
     * @param initializer computes the value; must not return {@code null} nor use this cell
     * @return the stored value
     * @throws NullPointerException  if the initializer returns {@code null} (nothing is stored)
     * @throws IllegalStateException if the initializer re-enters this cell
     */
    public T getOrInit(Supplier<? extends T> initializer) {
        T current = value;
        if (current != null) {
            return current;
        }
        Objects.requireNonNull(initializer, "initializer");
        lockForInit();
        try {
            current = value;
            if (current == null) {
                current = Objects.requireNonNull(initializer.get(), "the OnceLock initializer returned null");
                value = current;
            }
            return current;
        } finally {
            initLock.unlock();
        }
    }

    /**
     * The stored value, if any (Rust's {@code into_inner}). Java cannot consume {@code this}, so the
     * cell keeps its value; use {@link #take()} to empty it.
     *
     * <pre>{@code
     * OnceLock<Config> config = new OnceLock<>();
     * config.set(Config.load());
     * Optional<Config> loaded = config.intoInner();
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #get()}.
     *
     * @return the stored value, if any
     */
    public Optional<T> intoInner() {
        return Optional.ofNullable(value);
    }

    /**
     * Removes and returns the value, leaving the cell empty and settable again (Rust's {@code take},
     * which needs {@code &mut self}): call it only when no other thread relies on the value staying.
     *
     * <pre>{@code
     * OnceLock<String> greeting = new OnceLock<>();
     * Optional<String> old = greeting.take();
     * greeting.set("hello again");
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #get()}; waits for a running initializer.
     *
     * @return the value that was stored, if any
     * @throws IllegalStateException if called from this cell's own running initializer
     */
    public Optional<T> take() {
        lockForInit();
        try {
            T old = value;
            value = null;
            return Optional.ofNullable(old);
        } finally {
            initLock.unlock();
        }
    }

    /** Describes the cell without blocking: its type name, {@code OnceLock<?>} while empty. */
    @Override
    public String toString() {
        return RuntimeTypeName.of(this);
    }

    private void lockForInit() {
        if (initLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("re-entrant initialization of `" + RuntimeTypeName.of(this)
                    + "`: its initializer used the cell it is initializing");
        }
        initLock.lock();
    }
}
