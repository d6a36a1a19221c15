package dev.fearless.rc;

import dev.fearless.internal.DropGlue;
import dev.fearless.internal.LeakDetector;
import dev.fearless.internal.RuntimeTypeName;
import dev.fearless.marker.NotSend;
import dev.fearless.marker.NotSync;

import java.lang.ref.Reference;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A single-threaded reference-counted handle, Rust's {@code std::rc::Rc}: the same API as
 * {@link dev.fearless.sync.Arc} with plain (non-atomic) counts, for values that stay on one thread.
 *
 * <p>{@link #of} allocates the value with a strong count of one; each {@link #clone()} returns a
 * <em>new handle object</em> and adds one; each handle is closed exactly once ({@link #close()} is Rust's
 * {@code drop}). The last strong close runs the value's cleanup ({@code close()} if it is
 * {@link AutoCloseable}) exactly once.
 * <pre>{@code
 * try (Rc<List<String>> names = Rc.of(new ArrayList<>())) {
 *     Rc<List<String>> alias = names.clone();
 *     alias.get().add("ferris");
 *     alias.close();
 *     names.get();   // [ferris]
 * }
 * }</pre>
 *
 * <p>Markers: {@code @NotSend @NotSync}, because the count is updated without atomics. The
 * {@code -Xplugin:Fearless} checker rejects an {@code Rc} captured by a thread's lambda at compile time;
 * for code it cannot see (reflection, code compiled without the plugin) an {@code Rc} is confined to the
 * thread that created its value: every call from another thread, on any handle of it, throws
 * {@link dev.fearless.marker.NotSendException} with the compile error's words and changes nothing:
 * <pre>{@code
 * Rc<Mutex<Integer>> counter = Rc.of(Mutex.of(0));
 * Threads.spawn(() -> counter.get()).join();
 * // PanicException caused by NotSendException:
 * // `Rc<Mutex<Integer>>` cannot be sent between threads safely: it was created on thread "main" ...
 * }</pre>
 *
 * <p>Misuse never corrupts a count: {@link #get()}, {@link #clone()} and the static operations on a
 * closed (or consumed) handle, and a second {@link #close()}, throw {@link IllegalStateException} and
 * change nothing.
 *
 * <p>Memory consistency effects: none are needed, since every operation happens on the thread that
 * created the value; program order makes actions prior to a {@code close()} precede the cleanup.
 *
 * <p>Leak detection: as for {@code Arc}, a tracked handle garbage-collected without {@code close()} is
 * reported with its creation site (property {@code fearless.leakDetection}).
 *
 * @param <T> the type of the shared value
 */
@NotSend(reason = "its reference count is updated without atomics", alternative = "dev.fearless.sync.Arc")
@NotSync(reason = "its reference count is updated without atomics", alternative = "dev.fearless.sync.Arc")
public final class Rc<T> implements AutoCloseable {
    /*
     * Implementation notes. Box holds the value, plain int counts and the owner thread. Every entry
     * point first compares box.owner with Thread.currentThread() (one load and one compare, as the
     * JDK's confined Arena does) and throws before reading or writing anything else, so a foreign
     * thread can never touch a count. Given that, the counts need no atomics and the per-handle closed
     * flag is a plain boolean: all writers are one thread. The weak count leaves out Rust's implicit
     * weak; strong == 0 means the value is dead (weak handles cannot upgrade), and the value field is
     * then null so that weak handles do not keep it reachable.
     */

    static {
        RuntimeTypeName.register(Rc.class, "Rc", h -> peek(((Rc<?>) h).box));
        RuntimeTypeName.register(Weak.class, "Rc.Weak", w -> peek(((Weak<?>) w).box));
    }

    /** The shared allocation; re-pointed only by makeMut. Kept when closed, for the owner check. */
    private Box<T> box;
    private boolean closed;
    /** The leak record when this handle is tracked, else null. */
    private LeakDetector.Leak leak;

    private Rc(Box<T> box) {
        this.box = box;
    }

    /**
     * Allocates {@code value} with a strong count of one (Rust's {@code Rc::new}), owned by the calling
     * thread.
     * <pre>{@code
     * Rc<String> greeting = Rc.of("hello");
     * Rc.strongCount(greeting);   // 1
     * }</pre>
     *
     * @param value the value to own; {@code null} is not allowed
     * @param <T>   the type of the value
     * @return the first strong handle, to be closed
     * @throws NullPointerException if {@code value} is null
     */
    public static <T> Rc<T> of(T value) {
        Rc<T> handle = new Rc<>(new Box<>(Objects.requireNonNull(value, "value"), 1));
        if (LeakDetector.ENABLED && LeakDetector.sample()) {
            handle.leak = LeakDetector.track(handle);
        }
        return handle;
    }

    /**
     * Returns a new handle to the same value and adds one to the strong count (Rust's {@code Rc::clone}).
     * <pre>{@code
     * Rc<String> a = Rc.of("shared");
     * Rc<String> b = a.clone();
     * Rc.strongCount(a);   // 2
     * }</pre>
     *
     * @throws IllegalStateException if this handle is closed
     * @throws dev.fearless.marker.NotSendException if called from a thread other than the owner
     */
    @Override
    public Rc<T> clone() {
        Box<T> b = live("clone()");
        if (b.strong == Integer.MAX_VALUE) {
            throw new IllegalStateException("Rc strong count overflow");
        }
        b.strong++;
        Rc<T> copy = new Rc<>(b);
        if (LeakDetector.ENABLED && LeakDetector.sample()) {
            copy.leak = LeakDetector.track(copy);
        }
        return copy;
    }

    /**
     * The shared value (Rust's {@code Deref}).
     * <pre>{@code
     * Rc.of(List.of(1, 2)).get().size();   // 2 (and close the handle)
     * }</pre>
     *
     * @return the value, shared with every other strong handle
     * @throws IllegalStateException if this handle is closed
     * @throws dev.fearless.marker.NotSendException if called from a thread other than the owner
     */
    public T get() {
        return live("get()").value;
    }

    /**
     * Releases this handle (Rust's {@code drop}); the last strong handle runs the value's cleanup now, on
     * this thread, and rethrows as the same object whatever it throws (the value is dead all the same).
     * <pre>{@code
     * Rc<Connection> conn = Rc.of(openConnection());
     * Rc<Connection> other = conn.clone();
     * conn.close();    // 2 -> 1
     * other.close();   // 1 -> 0: Connection.close() runs
     * }</pre>
     *
     * @throws IllegalStateException if this handle was already closed or consumed (nothing changes)
     * @throws dev.fearless.marker.NotSendException if called from a thread other than the owner
     */
    @Override
    public void close() {
        Box<T> b = owned();
        if (closed) {
            throw new IllegalStateException("this Rc handle was already closed: close each handle exactly once");
        }
        markClosed();
        if (--b.strong == 0) {
            DropGlue.drop(takeValue(b));
        }
    }

    /**
     * The number of strong handles (Rust's {@code Rc::strong_count}).
     * <pre>{@code
     * Rc<String> a = Rc.of("x");
     * Rc.strongCount(a);   // 1
     * }</pre>
     *
     * @param rc a live handle
     * @return the number of strong handles, at least 1
     * @throws IllegalStateException if {@code rc} is closed
     * @throws dev.fearless.marker.NotSendException if called from a thread other than the owner
     */
    public static int strongCount(Rc<?> rc) {
        return rc.live("strongCount").strong;
    }

    /**
     * The number of weak handles (Rust's {@code Rc::weak_count}, which likewise leaves out the implicit
     * weak reference).
     * <pre>{@code
     * Rc<String> a = Rc.of("x");
     * Rc.Weak<String> w = Rc.downgrade(a);
     * Rc.weakCount(a);   // 1
     * }</pre>
     *
     * @param rc a live handle
     * @return the number of weak handles
     * @throws IllegalStateException if {@code rc} is closed
     * @throws dev.fearless.marker.NotSendException if called from a thread other than the owner
     */
    public static int weakCount(Rc<?> rc) {
        return rc.live("weakCount").weak;
    }

    /**
     * A new weak handle, which does not keep the value alive (Rust's {@code Rc::downgrade}).
     * <pre>{@code
     * Rc<String> a = Rc.of("x");
     * Rc.Weak<String> w = Rc.downgrade(a);
     * a.close();
     * w.upgrade();   // Optional.empty()
     * }</pre>
     *
     * @param rc  a live handle; it stays live
     * @param <T> the type of the value
     * @return a new weak handle, to be closed
     * @throws IllegalStateException if {@code rc} is closed
     * @throws dev.fearless.marker.NotSendException if called from a thread other than the owner
     */
    public static <T> Weak<T> downgrade(Rc<T> rc) {
        Box<T> b = rc.live("downgrade");
        if (b.weak == Integer.MAX_VALUE) {
            throw new IllegalStateException("Rc weak count overflow");
        }
        b.weak++;
        Weak<T> weak = new Weak<>(b);
        if (LeakDetector.ENABLED && LeakDetector.sample()) {
            weak.leak = LeakDetector.track(weak);
        }
        return weak;
    }

    /**
     * The value, if {@code rc} is the only strong handle; {@code rc} is then consumed (reads as closed)
     * and the cleanup does not run. Otherwise empty, and {@code rc} stays live (Rust's
     * {@code Rc::try_unwrap}).
     * <pre>{@code
     * Rc<StringBuilder> a = Rc.of(new StringBuilder());
     * StringBuilder sb = Rc.tryUnwrap(a).orElseThrow();
     * }</pre>
     *
     * @param rc  the handle to consume if it is the only strong one
     * @param <T> the type of the value
     * @return the value, or empty if other strong handles exist
     * @throws IllegalStateException if {@code rc} is closed
     * @throws dev.fearless.marker.NotSendException if called from a thread other than the owner
     */
    public static <T> Optional<T> tryUnwrap(Rc<T> rc) {
        Box<T> b = rc.live("tryUnwrap");
        if (b.strong != 1) {
            return Optional.empty();
        }
        rc.markClosed();
        b.strong = 0;
        return Optional.of(takeValue(b));
    }

    /**
     * Consumes {@code rc} always, and returns the value if it was the last strong handle (Rust's
     * {@code Rc::into_inner}). The cleanup does not run: the receiver owns the value.
     * <pre>{@code
     * Rc<String> a = Rc.of("x");
     * Rc<String> b = a.clone();
     * Rc.intoInner(a);   // Optional.empty()
     * Rc.intoInner(b);   // Optional[x]
     * }</pre>
     *
     * @param rc  the handle to consume
     * @param <T> the type of the value
     * @return the value if this was the last strong handle, else empty
     * @throws IllegalStateException if {@code rc} is closed
     * @throws dev.fearless.marker.NotSendException if called from a thread other than the owner
     */
    public static <T> Optional<T> intoInner(Rc<T> rc) {
        Box<T> b = rc.live("intoInner");
        rc.markClosed();
        if (--b.strong != 0) {
            return Optional.empty();
        }
        return Optional.of(takeValue(b));
    }

    /**
     * The value itself if {@code rc} is the only strong handle and no weak handle exists (Rust's
     * {@code Rc::get_mut}); otherwise empty.
     * <pre>{@code
     * Rc<int[]> a = Rc.of(new int[1]);
     * Rc.getMut(a).ifPresent(array -> array[0] = 42);
     * }</pre>
     *
     * @param rc  a live handle
     * @param <T> the type of the value
     * @return the value if no other handle can reach it, else empty
     * @throws IllegalStateException if {@code rc} is closed
     * @throws dev.fearless.marker.NotSendException if called from a thread other than the owner
     */
    public static <T> Optional<T> getMut(Rc<T> rc) {
        Box<T> b = rc.live("getMut");
        return b.strong == 1 && b.weak == 0 ? Optional.of(b.value) : Optional.empty();
    }

    /**
     * Clone-on-write (Rust's {@code Rc::make_mut}): with other strong handles, {@code copier} copies the
     * value into a new allocation that {@code rc} then points to; as the only strong handle with weak
     * handles around, the value moves to a new allocation and the weak handles are disassociated;
     * otherwise the value itself. Afterwards {@code rc.get()} returns the object returned.
     * <pre>{@code
     * Rc<List<String>> mine = Rc.of(new ArrayList<>(List.of("a")));
     * Rc<List<String>> theirs = mine.clone();
     * Rc.makeMut(mine, ArrayList::new).add("b");   // theirs still sees [a]
     * }</pre>
     *
     * @param rc     a live handle; it may be moved to a new allocation
     * @param copier makes the copy when the value is shared
     * @param <T>    the type of the value
     * @return the value that only {@code rc} reaches
     * @throws IllegalStateException if {@code rc} is closed
     * @throws NullPointerException if {@code copier} returns null
     * @throws dev.fearless.marker.NotSendException if called from a thread other than the owner
     */
    public static <T> T makeMut(Rc<T> rc, UnaryOperator<T> copier) {
        Box<T> b = rc.live("makeMut");
        if (b.strong != 1) {
            T copy = Objects.requireNonNull(copier.apply(b.value), "copier returned null");
            rc.live("makeMut"); // the copier may have closed rc itself
            rc.box = new Box<>(copy, 1);
            if (--b.strong == 0) { // the copier closed the other handles
                DropGlue.drop(takeValue(b));
            }
            return copy;
        }
        if (b.weak != 0) {
            b.strong = 0; // the weak handles can no longer upgrade
            rc.box = new Box<>(takeValue(b), 1);
        }
        return rc.box.value;
    }

    /**
     * Allocates a value that refers to itself through a weak handle (Rust's {@code Rc::new_cyclic}).
     * {@code body} receives a weak handle lent for the call (keep {@code w.clone()}); it cannot upgrade
     * until {@code body} has returned.
     * <pre>{@code
     * record Node(Rc.Weak<Node> self) {}
     * Rc<Node> node = Rc.newCyclic(w -> new Node(w.clone()));
     * }</pre>
     *
     * @param body builds the value from a weak handle to it
     * @param <T>  the type of the value
     * @return the first strong handle, to be closed
     * @throws NullPointerException if {@code body} returns null
     */
    public static <T> Rc<T> newCyclic(Function<Weak<T>, T> body) {
        Box<T> b = new Box<>(null, 0);
        b.weak = 1;
        Weak<T> lent = new Weak<>(b);
        boolean track = LeakDetector.ENABLED && LeakDetector.sample();
        if (track) {
            lent.leak = LeakDetector.track(lent);
        }
        T value;
        try {
            value = Objects.requireNonNull(body.apply(lent), "newCyclic body returned null");
        } finally {
            if (!lent.closed) {
                lent.release();
            }
        }
        b.value = value;
        b.strong = 1;
        Rc<T> handle = new Rc<>(b);
        if (track) {
            handle.leak = LeakDetector.track(handle);
        }
        return handle;
    }

    /**
     * Whether both handles point to the same allocation (Rust's {@code Rc::ptr_eq}).
     * <pre>{@code
     * Rc<String> a = Rc.of("x");
     * Rc.ptrEq(a, a.clone());   // true
     * }</pre>
     *
     * @param a a live handle
     * @param b a live handle
     * @return {@code true} if both point to the same allocation
     * @throws IllegalStateException if either handle is closed
     * @throws dev.fearless.marker.NotSendException if called from a thread other than the owner
     */
    public static boolean ptrEq(Rc<?> a, Rc<?> b) {
        return a.live("ptrEq") == b.live("ptrEq");
    }

    /** {@code Rc(value)} on the owner thread for a live handle, else {@code Rc(closed)}/{@code Rc(..)}. */
    @Override
    public String toString() {
        Box<T> b = box;
        if (b == null || b.owner != Thread.currentThread()) {
            return "Rc(..)";
        }
        return closed || b.value == null ? "Rc(closed)" : "Rc(" + b.value + ")";
    }

    /** The box, after the owner check only. */
    private Box<T> owned() {
        return Box.checkOwner(box, this);
    }

    private Box<T> live(String operation) {
        Box<T> b = owned();
        if (closed) {
            throw usedAfterClose(operation, "Rc");
        }
        return b;
    }

    private void markClosed() {
        closed = true;
        if (LeakDetector.ENABLED) {
            LeakDetector.Leak l = leak;
            if (l != null) {
                l.close();
                Reference.reachabilityFence(this);
            }
        }
    }

    private static <T> T takeValue(Box<T> b) {
        T value = b.value;
        b.value = null;
        return value;
    }

    private static Object peek(Box<?> b) {
        return b == null ? null : b.value;
    }

    private static IllegalStateException usedAfterClose(String operation, String kind) {
        return new IllegalStateException(operation + " on a closed " + kind + " handle: a handle cannot be used"
                + " after close() or after it was consumed; clone() it first if it must outlive that");
    }

    /** The shared allocation: the value, its counts and the thread it is confined to. */
    private static final class Box<T> {
        final Thread owner = Thread.currentThread();
        T value;
        int strong;
        int weak;

        Box(T value, int strong) {
            this.value = value;
            this.strong = strong;
        }

        /** {@code b}, if the calling thread is the one it is confined to; {@code handle} names the misuse. */
        static <T> Box<T> checkOwner(Box<T> b, Object handle) {
            if (b == null || b.owner != Thread.currentThread()) {
                throw ThreadConfinement.violation(handle, b == null ? null : b.owner);
            }
            return b;
        }
    }

    /**
     * A non-owning handle (Rust's {@code std::rc::Weak}), confined like {@link Rc} to the thread that
     * created the value. Close it exactly once.
     * <pre>{@code
     * Rc<String> strong = Rc.of("x");
     * try (Rc.Weak<String> weak = Rc.downgrade(strong)) {
     *     weak.upgrade().ifPresent(Rc::close);
     *     strong.close();
     *     weak.upgrade();   // Optional.empty()
     * }
     * }</pre>
     *
     * <p>Markers: {@code @NotSend @NotSync}, like {@link Rc}. Memory consistency effects: none needed
     * (one thread).
     *
     * @param <T> the type of the shared value
     */
    @NotSend(reason = "its reference count is updated without atomics", alternative = "dev.fearless.sync.Arc.Weak")
    @NotSync(reason = "its reference count is updated without atomics", alternative = "dev.fearless.sync.Arc.Weak")
    public static final class Weak<T> implements AutoCloseable {
        private final Box<T> box;
        private boolean closed;
        private LeakDetector.Leak leak;

        private Weak(Box<T> box) {
            this.box = box;
        }

        /**
         * A weak handle to nothing (Rust's {@code Weak::new}), confined to the calling thread: it never
         * upgrades.
         * <pre>{@code
         * Rc.Weak.<String>empty().upgrade();   // Optional.empty()
         * }</pre>
         *
         * @param <T> the type the handle would point to
         * @return a weak handle that never upgrades, to be closed
         */
        public static <T> Weak<T> empty() {
            Box<T> dead = new Box<>(null, 0);
            dead.weak = 1;
            return new Weak<>(dead);
        }

        /**
         * A new strong handle if the value is still alive (Rust's {@code Weak::upgrade}); never revives a
         * dropped value. Close the handle it returns.
         * <pre>{@code
         * Rc<String> strong = Rc.of("value");
         * Rc.Weak<String> weak = Rc.downgrade(strong);
         * weak.upgrade().ifPresent(rc -> { try (rc) { use(rc.get()); } });
         * }</pre>
         *
         * @return a new strong handle, or empty if the value is gone
         * @throws IllegalStateException if this weak handle is closed
         * @throws dev.fearless.marker.NotSendException if called from a thread other than the owner
         */
        public Optional<Rc<T>> upgrade() {
            Box<T> b = live("upgrade()");
            if (b.strong == 0) {
                return Optional.empty();
            }
            if (b.strong == Integer.MAX_VALUE) {
                throw new IllegalStateException("Rc strong count overflow");
            }
            b.strong++;
            Rc<T> strong = new Rc<>(b);
            if (LeakDetector.ENABLED && LeakDetector.sample()) {
                strong.leak = LeakDetector.track(strong);
            }
            return Optional.of(strong);
        }

        /**
         * The number of strong handles; 0 once the value is dead (Rust's {@code Weak::strong_count}).
         * <pre>{@code
         * Rc<String> strong = Rc.of("value");
         * Rc.downgrade(strong).strongCount();   // 1
         * }</pre>
         *
         * @return the number of strong handles, or 0
         * @throws IllegalStateException if this weak handle is closed
         * @throws dev.fearless.marker.NotSendException if called from a thread other than the owner
         */
        public int strongCount() {
            return live("strongCount()").strong;
        }

        /**
         * The number of weak handles, this one included; 0 once the value is dead (Rust's
         * {@code Weak::weak_count}).
         * <pre>{@code
         * Rc<String> strong = Rc.of("value");
         * Rc.downgrade(strong).weakCount();   // 1
         * }</pre>
         *
         * @return the number of weak handles, or 0
         * @throws IllegalStateException if this weak handle is closed
         * @throws dev.fearless.marker.NotSendException if called from a thread other than the owner
         */
        public int weakCount() {
            Box<T> b = live("weakCount()");
            return b.strong == 0 ? 0 : b.weak;
        }

        /**
         * A new weak handle to the same allocation.
         * <pre>{@code
         * Rc<String> strong = Rc.of("value");
         * Rc.Weak<String> w = Rc.downgrade(strong);
         * Rc.Weak<String> w2 = w.clone();   // close both
         * }</pre>
         *
         * @throws IllegalStateException if this weak handle is closed
         * @throws dev.fearless.marker.NotSendException if called from a thread other than the owner
         */
        @Override
        public Weak<T> clone() {
            Box<T> b = live("clone()");
            if (b.weak == Integer.MAX_VALUE) {
                throw new IllegalStateException("Rc weak count overflow");
            }
            b.weak++;
            Weak<T> copy = new Weak<>(b);
            if (LeakDetector.ENABLED && LeakDetector.sample()) {
                copy.leak = LeakDetector.track(copy);
            }
            return copy;
        }

        /**
         * Releases this weak handle.
         * <pre>{@code
         * Rc<String> strong = Rc.of("value");
         * Rc.downgrade(strong).close();
         * }</pre>
         *
         * @throws IllegalStateException if this weak handle was already closed (nothing changes)
         * @throws dev.fearless.marker.NotSendException if called from a thread other than the owner
         */
        @Override
        public void close() {
            owned();
            if (closed) {
                throw new IllegalStateException(
                        "this Rc.Weak handle was already closed: close each handle exactly once");
            }
            release();
        }

        /** {@code Rc.Weak(alive)}, {@code Rc.Weak(dead)} or {@code Rc.Weak(closed)} on the owner thread. */
        @Override
        public String toString() {
            if (box.owner != Thread.currentThread()) {
                return "Rc.Weak(..)";
            }
            return closed ? "Rc.Weak(closed)" : box.strong > 0 ? "Rc.Weak(alive)" : "Rc.Weak(dead)";
        }

        private void release() {
            closed = true;
            if (LeakDetector.ENABLED) {
                LeakDetector.Leak l = leak;
                if (l != null) {
                    l.close();
                    Reference.reachabilityFence(this);
                }
            }
            box.weak--;
        }

        private Box<T> owned() {
            return Box.checkOwner(box, this);
        }

        private Box<T> live(String operation) {
            Box<T> b = owned();
            if (closed) {
                throw usedAfterClose(operation, "Rc.Weak");
            }
            return b;
        }
    }
}
