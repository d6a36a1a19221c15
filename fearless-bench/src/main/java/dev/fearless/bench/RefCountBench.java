package dev.fearless.bench;

import dev.fearless.rc.Rc;
import dev.fearless.sync.Arc;
import io.netty.util.AbstractReferenceCounted;
import io.netty.util.ReferenceCounted;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One reference-count round trip on one thread: take a second reference, read through it, give it back.
 *
 * <p>Every method does the same three steps so that the figures differ only by the counting scheme:
 * {@code +1}, {@code bh.consume(value)}, {@code -1}. {@link #floorAtomicInteger} is the hardware floor the
 * report divides by: two atomic read-modify-writes are the least an atomically counted handle can cost.
 * {@code Arc} and {@code Rc} additionally create (and close) a new handle object per clone, which is
 * their API's contract: every clone is closed exactly once.
 */
@Fork(jvmArgsAppend = "-Dfearless.leakDetection=off") // its cost: LeakDetectionBench
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RefCountBench {
    private static final VarHandle COUNT;
    private static final VarHandle SLOT;

    static {
        try {
            COUNT = MethodHandles.lookup().findVarHandle(RefCountBench.class, "count", int.class);
            SLOT = MethodHandles.lookup().findVarHandle(RefCountBench.class, "slot", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    // Package-private so that the tests can check that every method gives back what it took.
    final Object value = new Object();
    final AtomicInteger atomic = new AtomicInteger(1);
    volatile int count = 1;
    volatile Object slot;

    Arc<Object> arc;
    Arc.Weak<Object> arcWeak;
    Rc<Object> rc;
    Rc.Weak<Object> rcWeak;
    ReferenceCounted netty;

    /** Per iteration, on the measuring thread: {@code Rc} may only be used by the thread that created it. */
    @Setup(Level.Iteration)
    public void open() {
        arc = Arc.of(value);
        arcWeak = Arc.downgrade(arc);
        rc = Rc.of(value);
        rcWeak = Rc.downgrade(rc);
        netty = new NettyCounted(value);
    }

    @TearDown(Level.Iteration)
    public void close() {
        arcWeak.close();
        arc.close();
        rcWeak.close();
        rc.close();
        netty.release();
    }

    /** The floor: an {@code AtomicInteger} +1/-1 pair. */
    @Benchmark
    public void floorAtomicInteger(Blackhole bh) {
        atomic.incrementAndGet();
        bh.consume(value);
        atomic.decrementAndGet();
    }

    /** The same pair through a {@code VarHandle} on an {@code int} field, as a lean implementation would. */
    @Benchmark
    public void floorVarHandle(Blackhole bh) {
        COUNT.getAndAdd(this, 1);
        bh.consume(value);
        COUNT.getAndAdd(this, -1);
    }

    /**
     * A cost model, not an implementation: the pair plus one atomic swap, which is what a handle that marks
     * itself closed with an atomic operation (to catch a double close racing on two threads) adds.
     */
    @Benchmark
    public void floorPlusAtomicSwap(Blackhole bh) {
        COUNT.getAndAdd(this, 1);
        bh.consume(value);
        SLOT.getAndSet(this, value);
        COUNT.getAndAdd(this, -1);
    }

    /** What {@code Weak.upgrade} must do at least: a compare-and-set loop that never starts from zero. */
    @Benchmark
    public void floorCasIncrement(Blackhole bh) {
        int c;
        do {
            c = atomic.get();
        } while (c != 0 && !atomic.compareAndSet(c, c + 1));
        bh.consume(value);
        atomic.decrementAndGet();
    }

    @Benchmark
    public void arcCloneClose(Blackhole bh) {
        try (Arc<Object> second = arc.clone()) {
            bh.consume(second.get());
        }
    }

    @Benchmark
    public void rcCloneClose(Blackhole bh) {
        try (Rc<Object> second = rc.clone()) {
            bh.consume(second.get());
        }
    }

    /** Netty's {@code AbstractReferenceCounted}: one count per object, no per-handle state. */
    @Benchmark
    public void nettyRetainRelease(Blackhole bh) {
        netty.retain();
        bh.consume(value);
        netty.release();
    }

    @Benchmark
    public void arcWeakUpgradeClose(Blackhole bh) {
        try (Arc<Object> strong = arcWeak.upgrade().orElseThrow()) {
            bh.consume(strong.get());
        }
    }

    @Benchmark
    public void rcWeakUpgradeClose(Blackhole bh) {
        try (Rc<Object> strong = rcWeak.upgrade().orElseThrow()) {
            bh.consume(strong.get());
        }
    }

    /** A Netty-counted holder of one value; releasing the last reference frees nothing (nothing to free). */
    static final class NettyCounted extends AbstractReferenceCounted {
        private final Object value;

        NettyCounted(Object value) {
            this.value = value;
        }

        Object value() {
            return value;
        }

        @Override
        protected void deallocate() {
        }

        @Override
        public ReferenceCounted touch(Object hint) {
            return this;
        }
    }
}
