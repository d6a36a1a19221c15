package dev.fearless.sync;

import dev.fearless.internal.DropGlue;
import dev.fearless.internal.LeakDetector;
import dev.fearless.internal.RuntimeTypeName;
import dev.fearless.marker.Send;
import dev.fearless.marker.Sync;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.Reference;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * An atomically reference-counted handle to a shared value, Rust's {@code std::sync::Arc}.
 *
 * <p>{@link #of} allocates the value's shared home with a strong count of one; each {@link #clone()}
 * returns a <em>new handle object</em> and adds one; each handle is closed exactly once ({@link #close()}
 * is Rust's {@code drop}). When the last strong handle is closed, the value's cleanup runs: its
 * {@code close()} if it is {@link AutoCloseable}, exactly once, on the thread that closed that handle.
 * <pre>{@code
 * try (Arc<Mutex<Integer>> counter = Arc.of(Mutex.of(0))) {
 *     List<JoinHandle<Void>> workers = new ArrayList<>();
 *     for (int i = 0; i < 10; i++) {
 *         Arc<Mutex<Integer>> mine = counter.clone();          // one handle per thread
 *         workers.add(Threads.spawn(() -> {
 *             try (mine) {
 *                 mine.get().withLock(g -> { g.update(n -> n + 1); return null; });
 *             }
 *         }));
 *     }
 *     workers.forEach(JoinHandle::join);
 *     System.out.println("Result: " + counter.get().lock().get());   // Result: 10
 * }
 * }</pre>
 *
 * <p>Markers: {@code @Send(ifSend = "T", ifSync = "T")} and {@code @Sync(ifSend = "T", ifSync = "T")}:
 * a handle may move to, and be shared with, another thread only if the value may be both, because every
 * holder reaches the same value ({@code Arc<Mutex<T>>} is the usual way to share mutable state).
 *
 * <p>While the cleanup runs: the last close sets the strong count to 0 <em>before</em> it calls the value's
 * {@code close()}. From that instant the value is dead to everyone else: {@link Weak#upgrade()} is empty
 * and {@link Weak#strongCount()}/{@link Weak#weakCount()} report 0, although the cleanup may not have
 * returned yet on the releasing thread. A strong count of 0 therefore means "dead or dying"; to wait for
 * the cleanup itself, synchronise with the thread that closed the last handle.
 *
 * <p>Misuse is caught and never corrupts a count: {@link #get()}, {@link #clone()} and the static
 * operations on a closed (or consumed) handle, and a second {@link #close()}, throw
 * {@link IllegalStateException} and change nothing, also when two threads race to close one handle.
 * A handle is an ordinary mutable Java object: hand it to another thread through something that
 * publishes it safely (a thread start, a channel, a lock), as with any object.
 *
 * <p>Memory consistency effects: actions in a thread prior to closing (or consuming with
 * {@link #intoInner}) a handle happen-before the cleanup run by the last close, and happen-before the
 * return of the {@code intoInner}/{@link #tryUnwrap} call that receives the value. Actions prior to
 * {@link #of}, {@link #clone()} or {@link #makeMut} happen-before actions on the handle they return in any
 * thread that receives it through a happens-before edge; a successful {@link Weak#upgrade()} happens-after
 * the creation of the value ({@code of}, or the end of {@link #newCyclic}'s body).
 *
 * <p>Leak detection: a handle garbage-collected without {@code close()} is reported with its creation
 * site when it was sampled (property {@code fearless.leakDetection}: {@code off},
 * {@code sampled} (default, one handle in 1024) or {@code paranoid}).
 *
 * @param <T> the type of the shared value
 */
@Send(ifSend = "T", ifSync = "T")
@Sync(ifSend = "T", ifSync = "T")
public final class Arc<T> implements AutoCloseable {
    /*
     * Implementation notes.
     *
     * Shared state (Inner): the value, a strong count and a weak count. The weak count holds only the
     * explicit Weak handles (Rust's implicit weak is not needed: memory is the collector's business).
     * Every count change is one atomic read-modify-write through a VarHandle on a plain int field.
     *
     * strong: clone() is called through a live handle its caller owns, so strong >= 1 while it runs and
     * a plain getAndAdd(+1) cannot resurrect a dead value (Rust's argument). The only way to gain a
     * strong reference without owning one is Weak.upgrade(), which races with the count reaching zero;
     * it is a CAS loop that refuses to start from zero (or below), so once strong has been 0 it stays
     * <= 0 forever: a dropped value is never revived. close() is getAndAdd(-1); the thread that sees the
     * old value 1 owns the dead value and runs the cleanup. All these RMWs are volatile, hence totally
     * ordered, so every earlier close (and what preceded it in its thread) happens-before the cleanup.
     * clone() is nevertheless a CAS that refuses to start from zero, like upgrade(): one thread may clone a
     * handle that another thread is closing at that very moment (Rust's ownership rules this out; Java's
     * does not), and a plain getAndAdd would then lift a dead count to 1 for an instant, long enough for
     * a concurrent upgrade() to revive the value (a model checker found exactly that interleaving). The
     * CAS costs the same single locked instruction as getAndAdd when uncontended (one retry per lost
     * race when several threads clone at once). Integer.MAX_VALUE is an overflow: it throws.
     *
     * "Count is 0, cleanup not finished": the last close sets strong to 0 before it runs the cleanup.
     * From that instant upgrade() is empty and strongCount()/weakCount() of any Weak report 0, while
     * the cleanup may still be running on the releasing thread. So strong == 0 means "dead or dying":
     * nobody can reach the value any more, but its close() may not have returned yet. The value field
     * is nulled before the cleanup runs, so weak handles never keep a dead value reachable.
     *
     * weak: Weak.clone() and Weak.close() are getAndAdd. getMut()/makeMut() must know that no Weak
     * exists and none can appear: they CAS weak from 0 to LOCKED (-1), read strong, and store 0 back;
     * downgrade() is a CAS loop that waits while weak is LOCKED (Rust's is_unique). Readers report a
     * LOCKED weak count as 0.
     *
     * Per-handle closed state: the handle's only field that matters is its reference to Inner, and
     * close() swaps it to null with one getAndSet. Exactly one of any number of racing closers gets the
     * non-null reference and decrements the count; the others see null and throw without touching it.
     * The cost is one extra atomic RMW per close, on the handle's own (usually thread-local, freshly
     * allocated) cache line rather than the shared count's, so it never contends: that is the price
     * of making a double close harmless instead of a silent count corruption. Reads (get, clone) use a
     * plain read of the field: a handle is used by the thread that owns it.
     * tryUnwrap/intoInner/makeMut "claim" the handle the same way (swap to null) before touching the
     * counts, and store the reference back (or a new one) when the handle stays live.
     *
     * Leak tracking is sampled per handle (LeakDetector.sample() wherever a handle is made: one random
     * draw under the default level, nothing at all when detection is off).
     */

    private static final VarHandle HANDLE; // Arc.inner
    private static final VarHandle WEAK_HANDLE; // Weak.inner
    private static final VarHandle STRONG; // Inner.strong
    private static final VarHandle WEAK; // Inner.weak
    /** The weak count while getMut/makeMut check uniqueness. */
    private static final int LOCKED = -1;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            HANDLE = lookup.findVarHandle(Arc.class, "inner", Inner.class);
            WEAK_HANDLE = lookup.findVarHandle(Weak.class, "inner", Inner.class);
            STRONG = lookup.findVarHandle(Inner.class, "strong", int.class);
            WEAK = lookup.findVarHandle(Inner.class, "weak", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
        RuntimeTypeName.register(Arc.class, "Arc", h -> peek(((Arc<?>) h).inner));
        RuntimeTypeName.register(Weak.class, "Arc.Weak", w -> peek(((Weak<?>) w).inner));
    }

    /** The shared allocation; null once this handle is closed or consumed (or briefly, while claimed). */
    private Inner<T> inner;
    /** The leak record when this handle is tracked, else null. */
    private LeakDetector.Leak leak;

    private Arc(Inner<T> inner) {
        this.inner = inner;
    }

    /**
     * Allocates {@code value} with a strong count of one (Rust's {@code Arc::new}).
     * <pre>{@code
     * Arc<String> greeting = Arc.of("hello");
     * Arc.strongCount(greeting);   // 1
     * }</pre>
     *
     * @param value the value to own; {@code null} is not allowed
     * @param <T>   the type of the value
     * @return the first strong handle, to be closed
     * @throws NullPointerException if {@code value} is null (there is nothing to share)
     */
    public static <T> Arc<T> of(T value) {
        return tracked(new Arc<>(new Inner<>(Objects.requireNonNull(value, "value"), 1)));
    }

    /**
     * Returns a new handle to the same value and adds one to the strong count (Rust's
     * {@code Arc::clone}). The new handle must be closed too.
     * <pre>{@code
     * Arc<String> a = Arc.of("shared");
     * Arc<String> b = a.clone();
     * Arc.ptrEq(a, b);          // true
     * Arc.strongCount(a);       // 2
     * }</pre>
     * Memory consistency effects: as for {@link Arc}.
     *
     * @throws IllegalStateException if this handle is closed
     */
    @Override
    public Arc<T> clone() {
        Inner<T> in = inner;
        if (in == null) {
            throw usedAfterClose("clone()");
        }
        int old = (int) STRONG.getOpaque(in);
        for (;;) {
            if (old <= 0 || old == Integer.MAX_VALUE) {
                throw old <= 0 ? usedAfterClose("clone()") : new IllegalStateException("Arc strong count overflow");
            }
            int seen = (int) STRONG.compareAndExchange(in, old, old + 1);
            if (seen == old) {
                break;
            }
            old = seen;
        }
        Arc<T> copy = new Arc<>(in);
        if (LeakDetector.ENABLED && LeakDetector.sample()) {
            copy.leak = LeakDetector.track(copy);
        }
        return copy;
    }

    /**
     * The shared value (Rust's {@code Deref}).
     * <pre>{@code
     * Arc<List<String>> names = Arc.of(List.of("a", "b"));
     * names.get().size();   // 2
     * }</pre>
     *
     * @return the value, shared with every other strong handle
     * @throws IllegalStateException if this handle is closed
     */
    public T get() {
        Inner<T> in = inner;
        T value;
        if (in == null || (value = in.value) == null) {
            throw usedAfterClose("get()");
        }
        return value;
    }

    /**
     * Releases this handle (Rust's {@code drop}). If it was the last strong handle, the value's cleanup
     * ({@code close()} if it is {@link AutoCloseable}) runs now, once, on this thread; whatever the
     * cleanup throws is rethrown here as the same object, and the value is dead all the same.
     * <pre>{@code
     * Arc<Connection> conn = Arc.of(openConnection());
     * Arc<Connection> other = conn.clone();
     * conn.close();    // count 2 -> 1, nothing else happens
     * other.close();   // count 1 -> 0, Connection.close() runs here
     * }</pre>
     * Memory consistency effects: actions in any thread prior to its {@code close()} of a handle of this
     * value happen-before the cleanup.
     *
     * @throws IllegalStateException if this handle was already closed or consumed (nothing changes)
     */
    @Override
    public void close() {
        @SuppressWarnings("unchecked")
        Inner<T> in = (Inner<T>) HANDLE.getAndSet(this, null);
        if (in == null) {
            throw new IllegalStateException("this Arc handle was already closed: close each handle exactly once");
        }
        if (LeakDetector.ENABLED) {
            closeLeak();
        }
        if ((int) STRONG.getAndAdd(in, -1) == 1) {
            drop(in);
        }
    }

    /**
     * The number of strong handles to this value, this one included (Rust's {@code Arc::strong_count}).
     * A snapshot: other threads may change it at once.
     * <pre>{@code
     * Arc<String> a = Arc.of("x");
     * try (Arc<String> b = a.clone()) {
     *     Arc.strongCount(a);   // 2
     * }
     * Arc.strongCount(a);       // 1
     * }</pre>
     *
     * @param arc a live handle
     * @return the number of strong handles, at least 1
     * @throws IllegalStateException if {@code arc} is closed
     */
    public static int strongCount(Arc<?> arc) {
        return Math.max(0, (int) STRONG.getVolatile(arc.live("strongCount")));
    }

    /**
     * The number of {@link Weak} handles to this value (Rust's {@code Arc::weak_count}, which likewise
     * leaves out the implicit weak reference). A snapshot.
     * <pre>{@code
     * Arc<String> a = Arc.of("x");
     * Arc.Weak<String> w = Arc.downgrade(a);
     * Arc.weakCount(a);   // 1
     * }</pre>
     *
     * @param arc a live handle
     * @return the number of weak handles
     * @throws IllegalStateException if {@code arc} is closed
     */
    public static int weakCount(Arc<?> arc) {
        return Math.max(0, (int) WEAK.getVolatile(arc.live("weakCount")));
    }

    /**
     * A new weak handle to this value, which does not keep it alive (Rust's {@code Arc::downgrade}).
     * <pre>{@code
     * Arc<String> a = Arc.of("x");
     * Arc.Weak<String> w = Arc.downgrade(a);
     * a.close();
     * w.upgrade();   // Optional.empty(): the value is gone
     * }</pre>
     *
     * @param arc  a live handle; it stays live
     * @param <T> the type of the value
     * @return a new weak handle, to be closed
     * @throws IllegalStateException if {@code arc} is closed
     */
    public static <T> Weak<T> downgrade(Arc<T> arc) {
        Inner<T> in = arc.live("downgrade");
        int w = (int) WEAK.getVolatile(in);
        for (;;) {
            if (w == LOCKED) { // a getMut/makeMut is checking uniqueness: a few instructions
                Thread.onSpinWait();
                w = (int) WEAK.getVolatile(in);
                continue;
            }
            if (w == Integer.MAX_VALUE) {
                throw new IllegalStateException("Arc weak count overflow");
            }
            int seen = (int) WEAK.compareAndExchange(in, w, w + 1);
            if (seen == w) {
                break;
            }
            w = seen;
        }
        Weak<T> weak = new Weak<>(in);
        if (LeakDetector.ENABLED && LeakDetector.sample()) {
            weak.leak = LeakDetector.track(weak);
        }
        return weak;
    }

    /**
     * The value, if {@code arc} is its only strong handle; that handle is then consumed (reads as closed)
     * and the value's cleanup does not run: the caller owns the value now. Otherwise empty, and
     * {@code arc} stays live and unchanged (Rust's {@code Arc::try_unwrap}). Weak handles cannot upgrade
     * afterwards.
     * <pre>{@code
     * Arc<StringBuilder> a = Arc.of(new StringBuilder("x"));
     * Arc<StringBuilder> b = a.clone();
     * Arc.tryUnwrap(a);                 // empty: b exists; a is still live
     * b.close();
     * StringBuilder sb = Arc.tryUnwrap(a).orElseThrow();   // a is consumed
     * }</pre>
     * Memory consistency effects: actions prior to closing the other handles happen-before the return.
     *
     * @param arc  the handle to consume if it is the only strong one
     * @param <T> the type of the value
     * @return the value, or empty if other strong handles exist
     * @throws IllegalStateException if {@code arc} is closed
     */
    public static <T> Optional<T> tryUnwrap(Arc<T> arc) {
        Inner<T> in = arc.claim("tryUnwrap");
        if (!STRONG.compareAndSet(in, 1, 0)) {
            HANDLE.setVolatile(arc, in);
            return Optional.empty();
        }
        if (LeakDetector.ENABLED) {
            arc.closeLeak();
        }
        return Optional.of(takeValue(in));
    }

    /**
     * Consumes {@code arc} always, and returns the value if it was the last strong handle (Rust's
     * {@code Arc::into_inner}): of several threads calling this on different handles of one value, exactly
     * one receives it. The value's cleanup does not run: the receiver owns the value.
     * <pre>{@code
     * Arc<List<Integer>> a = Arc.of(List.of(1, 2));
     * Arc<List<Integer>> b = a.clone();
     * Arc.intoInner(a);   // Optional.empty(), a is consumed
     * Arc.intoInner(b);   // Optional[[1, 2]]
     * }</pre>
     * Memory consistency effects: actions prior to consuming or closing every other handle happen-before
     * the return of the call that receives the value.
     *
     * @param arc  the handle to consume
     * @param <T> the type of the value
     * @return the value if this was the last strong handle, else empty
     * @throws IllegalStateException if {@code arc} is closed
     */
    public static <T> Optional<T> intoInner(Arc<T> arc) {
        Inner<T> in = arc.claim("intoInner");
        if (LeakDetector.ENABLED) {
            arc.closeLeak();
        }
        if ((int) STRONG.getAndAdd(in, -1) != 1) {
            return Optional.empty();
        }
        return Optional.of(takeValue(in));
    }

    /**
     * The value itself, if {@code arc} is the only strong handle and no weak handle exists: the caller
     * then has exclusive access (Rust's {@code Arc::get_mut}). Otherwise empty.
     * <pre>{@code
     * Arc<int[]> a = Arc.of(new int[1]);
     * Arc.getMut(a).ifPresent(array -> array[0] = 42);   // nobody else can see it
     * }</pre>
     *
     * @param arc  a live handle
     * @param <T> the type of the value
     * @return the value if no other handle can reach it, else empty
     * @throws IllegalStateException if {@code arc} is closed
     */
    public static <T> Optional<T> getMut(Arc<T> arc) {
        Inner<T> in = arc.live("getMut");
        return isUnique(in) ? Optional.of(in.value) : Optional.empty();
    }

    /**
     * Clone-on-write (Rust's {@code Arc::make_mut}): returns a value that only {@code arc} reaches. If
     * {@code arc} is the only strong handle and no weak exists, that is the current value. If other
     * strong handles exist, {@code copier} copies the value, and {@code arc} is re-pointed to a new
     * allocation holding the copy (the other handles keep the old value). If {@code arc} is the only
     * strong handle but weak handles exist, the value moves to a new allocation without copying and the
     * weak handles are disassociated (they can no longer upgrade). Afterwards {@code arc.get()} returns
     * the object this method returned.
     * <pre>{@code
     * Arc<List<String>> mine = Arc.of(new ArrayList<>(List.of("a")));
     * Arc<List<String>> theirs = mine.clone();
     * Arc.makeMut(mine, ArrayList::new).add("b");   // copies: theirs still sees [a]
     * mine.get();                                   // [a, b]
     * }</pre>
     * Memory consistency effects: as for {@link #clone()} and {@link #close()} of the old handle.
     *
     * @param arc     a live handle; it may be moved to a new allocation
     * @param copier makes the copy when the value is shared
     * @param <T>    the type of the value
     * @return the value that only {@code arc} reaches
     * @throws IllegalStateException if {@code arc} is closed
     * @throws NullPointerException if {@code copier} returns null
     */
    public static <T> T makeMut(Arc<T> arc, UnaryOperator<T> copier) {
        Inner<T> in = arc.live("makeMut");
        if (isUnique(in)) {
            return in.value;
        }
        Inner<T> claimed = arc.claim("makeMut");
        if (claimed == in && STRONG.compareAndSet(in, 1, 0)) {
            // The only strong handle, but weak ones exist: strong is now 0, so they can never upgrade.
            Inner<T> moved = new Inner<>(takeValue(in), 1);
            HANDLE.setVolatile(arc, moved);
            return moved.value;
        }
        HANDLE.setVolatile(arc, claimed);
        in = claimed;
        T copy = Objects.requireNonNull(copier.apply(in.value), "copier returned null");
        if (!HANDLE.compareAndSet(arc, in, new Inner<>(copy, 1))) {
            throw usedAfterClose("makeMut");
        }
        if ((int) STRONG.getAndAdd(in, -1) == 1) { // the others closed meanwhile: the old value is ours
            drop(in);
        }
        return copy;
    }

    /**
     * Allocates a value that refers to itself through a weak handle (Rust's {@code Arc::new_cyclic}).
     * {@code body} receives a weak handle lent for the duration of the call (keep {@code w.clone()} if the
     * value needs one; the lent handle itself is closed when {@code body} returns). Until {@code body}
     * returns, that weak handle cannot upgrade: the value does not exist yet.
     * <pre>{@code
     * record Node(Arc.Weak<Node> self) {}
     * Arc<Node> node = Arc.newCyclic(w -> new Node(w.clone()));
     * node.get().self().upgrade();   // Optional[the same node]: close what upgrade returns
     * }</pre>
     * Memory consistency effects: actions in {@code body} happen-before every successful upgrade.
     *
     * @param body builds the value from a weak handle to it
     * @param <T>  the type of the value
     * @return the first strong handle, to be closed
     * @throws NullPointerException if {@code body} returns null
     */
    public static <T> Arc<T> newCyclic(Function<Weak<T>, T> body) {
        Inner<T> in = new Inner<>(null, 0);
        in.weak = 1;
        Weak<T> lent = new Weak<>(in);
        boolean track = LeakDetector.ENABLED && LeakDetector.sample();
        if (track) {
            lent.leak = LeakDetector.track(lent);
        }
        T value;
        try {
            value = Objects.requireNonNull(body.apply(lent), "newCyclic body returned null");
        } finally {
            lent.closeIfOpen();
        }
        in.value = value;
        STRONG.setVolatile(in, 1); // publishes the value: upgrades read strong with a CAS
        Arc<T> handle = new Arc<>(in);
        if (track) {
            handle.leak = LeakDetector.track(handle);
        }
        return handle;
    }

    /**
     * Whether both handles point to the same allocation (Rust's {@code Arc::ptr_eq}).
     * <pre>{@code
     * Arc<String> a = Arc.of("x");
     * Arc.ptrEq(a, a.clone());      // true
     * Arc.ptrEq(a, Arc.of("x"));    // false: equal values, different allocations
     * }</pre>
     *
     * @param a a live handle
     * @param b a live handle
     * @return {@code true} if both point to the same allocation
     * @throws IllegalStateException if either handle is closed
     */
    public static boolean ptrEq(Arc<?> a, Arc<?> b) {
        return a.live("ptrEq") == b.live("ptrEq");
    }

    /** {@code Arc(value)} for a live handle, {@code Arc(closed)} otherwise. Never throws. */
    @Override
    public String toString() {
        Inner<T> in = inner;
        T value = in == null ? null : in.value;
        return value == null ? "Arc(closed)" : "Arc(" + value + ")";
    }

    private static <T> Arc<T> tracked(Arc<T> handle) {
        if (LeakDetector.ENABLED && LeakDetector.sample()) {
            handle.leak = LeakDetector.track(handle);
        }
        return handle;
    }

    private void closeLeak() {
        LeakDetector.Leak l = leak;
        if (l != null) {
            l.close();
            Reference.reachabilityFence(this); // not "collected" before it is marked closed
        }
    }

    private Inner<T> live(String operation) {
        Inner<T> in = inner;
        if (in == null) {
            throw usedAfterClose(operation);
        }
        return in;
    }

    @SuppressWarnings("unchecked")
    private Inner<T> claim(String operation) {
        Inner<T> in = (Inner<T>) HANDLE.getAndSet(this, null);
        if (in == null) {
            throw usedAfterClose(operation);
        }
        return in;
    }

    private static boolean isUnique(Inner<?> in) {
        if (!WEAK.compareAndSet(in, 0, LOCKED)) {
            return false;
        }
        boolean unique = (int) STRONG.getVolatile(in) == 1;
        WEAK.setVolatile(in, 0);
        return unique;
    }

    private static <T> T takeValue(Inner<T> in) {
        T value = in.value;
        in.value = null;
        return value;
    }

    private static void drop(Inner<?> in) {
        DropGlue.drop(takeValue(in));
    }

    private static Object peek(Inner<?> in) {
        return in == null ? null : in.value;
    }

    private static IllegalStateException usedAfterClose(String operation) {
        return new IllegalStateException(operation + " on a closed Arc handle: a handle cannot be used after"
                + " close() or after it was consumed; clone() it first if it must outlive that");
    }

    /** The shared allocation: the value and its counts. */
    private static final class Inner<T> {
        T value;
        int strong;
        int weak;

        Inner(T value, int strong) {
            this.value = value;
            this.strong = strong;
        }
    }

    /**
     * A non-owning handle (Rust's {@code std::sync::Weak}): it does not keep the value alive, and
     * {@link #upgrade()} yields a strong handle only while some strong handle still exists. Like every
     * handle, close it exactly once.
     * <pre>{@code
     * Arc<String> strong = Arc.of("x");
     * try (Arc.Weak<String> weak = Arc.downgrade(strong)) {
     *     weak.upgrade().ifPresent(s -> { try (s) { System.out.println(s.get()); } });
     *     strong.close();
     *     weak.upgrade();   // Optional.empty()
     * }
     * }</pre>
     *
     * <p>Markers: {@code @Send(ifSend = "T", ifSync = "T")}, {@code @Sync(ifSend = "T", ifSync = "T")},
     * like {@link Arc}, since an upgrade reaches the same value.
     *
     * <p>Memory consistency effects: actions prior to the creation of the value happen-before the
     * return of a successful {@link #upgrade()}; otherwise as for {@link Arc}.
     *
     * @param <T> the type of the shared value
     */
    @Send(ifSend = "T", ifSync = "T")
    @Sync(ifSend = "T", ifSync = "T")
    public static final class Weak<T> implements AutoCloseable {
        /*
         * Implementation notes (upgrade). The strong count only ever leaves zero in newCyclic, before
         * any strong handle exists. upgrade() reads strong and CASes it to strong + 1, retrying with the
         * witnessed value; it gives up as soon as it sees a value <= 0. So it can never move the count
         * from 0 to 1: a CAS succeeds only if no close reached zero in between, and then the value is
         * still alive and the new handle keeps it so. The successful CAS reads the chain of volatile
         * RMWs started by of()/newCyclic, which publishes the value.
         */

        /** The allocation; null once this handle is closed. */
        private Inner<T> inner;
        private LeakDetector.Leak leak;

        private Weak(Inner<T> inner) {
            this.inner = inner;
        }

        /**
         * A weak handle to nothing (Rust's {@code Weak::new}): it never upgrades.
         * <pre>{@code
         * Arc.Weak<String> none = Arc.Weak.empty();
         * none.upgrade();   // Optional.empty()
         * }</pre>
         *
         * @param <T> the type the handle would point to
         * @return a weak handle that never upgrades, to be closed
         */
        public static <T> Weak<T> empty() {
            Inner<T> dead = new Inner<>(null, 0);
            dead.weak = 1;
            return new Weak<>(dead);
        }

        /**
         * A new strong handle, if the value is still alive (Rust's {@code Weak::upgrade}); never revives a
         * value whose last strong handle was closed, even while its cleanup is still running. Close the
         * handle it returns.
         * <pre>{@code
         * Arc<Config> strong = Arc.of(Config.defaults());
         * Arc.Weak<Config> weakConfig = Arc.downgrade(strong);
         * Optional<Arc<Config>> config = weakConfig.upgrade();
         * config.ifPresent(c -> { try (c) { use(c.get()); } });
         * }</pre>
         * Memory consistency effects: actions prior to the creation of the value happen-before the return
         * of a successful upgrade.
         *
         * @return a new strong handle, or empty if the value is gone
         * @throws IllegalStateException if this weak handle is closed
         */
        public Optional<Arc<T>> upgrade() {
            Inner<T> in = live("upgrade()");
            int s = (int) STRONG.getVolatile(in);
            for (;;) {
                if (s <= 0) {
                    return Optional.empty();
                }
                if (s == Integer.MAX_VALUE) {
                    throw new IllegalStateException("Arc strong count overflow");
                }
                int seen = (int) STRONG.compareAndExchange(in, s, s + 1);
                if (seen == s) {
                    break;
                }
                s = seen;
            }
            Arc<T> strong = new Arc<>(in);
            if (LeakDetector.ENABLED && LeakDetector.sample()) {
                strong.leak = LeakDetector.track(strong);
            }
            return Optional.of(strong);
        }

        /**
         * The number of strong handles, 0 once the value is dead or dying (Rust's
         * {@code Weak::strong_count}). A snapshot.
         * <pre>{@code
         * Arc<String> strong = Arc.of("value");
         * Arc.downgrade(strong).strongCount();   // 1
         * }</pre>
         *
         * @return the number of strong handles, or 0
         * @throws IllegalStateException if this weak handle is closed
         */
        public int strongCount() {
            return Math.max(0, (int) STRONG.getVolatile(live("strongCount()")));
        }

        /**
         * The number of weak handles, this one included, or 0 once the value is dead or dying (Rust's
         * {@code Weak::weak_count}). A snapshot.
         * <pre>{@code
         * Arc<String> strong = Arc.of("value");
         * Arc.downgrade(strong).weakCount();   // 1
         * }</pre>
         *
         * @return the number of weak handles, or 0
         * @throws IllegalStateException if this weak handle is closed
         */
        public int weakCount() {
            Inner<T> in = live("weakCount()");
            if ((int) STRONG.getVolatile(in) <= 0) {
                return 0;
            }
            return Math.max(0, (int) WEAK.getVolatile(in));
        }

        /**
         * A new weak handle to the same allocation; the weak count grows by one.
         * <pre>{@code
         * Arc<String> strong = Arc.of("value");
         * Arc.Weak<String> w = Arc.downgrade(strong);
         * Arc.Weak<String> w2 = w.clone();   // close both
         * }</pre>
         *
         * @throws IllegalStateException if this weak handle is closed
         */
        @Override
        public Weak<T> clone() {
            Inner<T> in = live("clone()");
            int old = (int) WEAK.getAndAdd(in, 1);
            if (old <= 0 || old == Integer.MAX_VALUE) { // <= 0: raced with a close of this very handle
                WEAK.getAndAdd(in, -1);
                throw old <= 0 ? usedAfterClose("clone()") : new IllegalStateException("Arc weak count overflow");
            }
            Weak<T> copy = new Weak<>(in);
            if (LeakDetector.ENABLED && LeakDetector.sample()) {
                copy.leak = LeakDetector.track(copy);
            }
            return copy;
        }

        /**
         * Releases this weak handle; the weak count drops by one.
         * <pre>{@code
         * Arc<String> strong = Arc.of("value");
         * Arc.Weak<String> w = Arc.downgrade(strong);
         * w.close();
         * }</pre>
         *
         * @throws IllegalStateException if this weak handle was already closed (nothing changes)
         */
        @Override
        public void close() {
            if (!closeIfOpen()) {
                throw new IllegalStateException(
                        "this Arc.Weak handle was already closed: close each handle exactly once");
            }
        }

        /** {@code Arc.Weak(alive)}, {@code Arc.Weak(dead)} or {@code Arc.Weak(closed)}. Never throws. */
        @Override
        public String toString() {
            Inner<T> in = inner;
            if (in == null) {
                return "Arc.Weak(closed)";
            }
            return (int) STRONG.getVolatile(in) > 0 ? "Arc.Weak(alive)" : "Arc.Weak(dead)";
        }

        private boolean closeIfOpen() {
            @SuppressWarnings("unchecked")
            Inner<T> in = (Inner<T>) WEAK_HANDLE.getAndSet(this, null);
            if (in == null) {
                return false;
            }
            if (LeakDetector.ENABLED) {
                LeakDetector.Leak l = leak;
                if (l != null) {
                    l.close();
                    Reference.reachabilityFence(this);
                }
            }
            WEAK.getAndAdd(in, -1);
            return true;
        }

        private Inner<T> live(String operation) {
            Inner<T> in = inner;
            if (in == null) {
                throw new IllegalStateException(operation + " on a closed Arc.Weak handle");
            }
            return in;
        }
    }
}
