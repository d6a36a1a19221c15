package dev.fearless.bench;

import dev.fearless.rc.Rc;
import dev.fearless.sync.Arc;
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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the leak detector costs at each level of {@code -Dfearless.leakDetection}.
 *
 * <p>The level is read once when the runtime initialises, so each level needs its own JVM: the subclasses
 * fork with the property set, and {@link #checkLevel()} refuses to measure if the fork did not get it (a
 * command-line {@code -jvmArgsAppend} would replace the annotation's). Both ends of a handle's life are
 * measured: a new allocation ({@code Arc.of} + close), where a tracked handle records where it was created,
 * and a clone + close spread over {@value #POOL} allocations.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public abstract class LeakDetectionBench {
    static final String PROPERTY = "fearless.leakDetection";

    /**
     * Allocations cycled through by the clone benchmarks. Sampling decides per handle, so one allocation
     * would do; cycling over many keeps the figures comparable with the allocation benchmark and with
     * earlier runs, when sampling picked allocations.
     */
    static final int POOL = 1_024;

    private final Object value = new Object();
    // Package-private for the tests.
    final List<Arc<Object>> arcs = new ArrayList<>(POOL);
    final List<Rc<Object>> rcs = new ArrayList<>(POOL);
    private int next;

    /** The level this fork must run with. */
    abstract String level();

    @Setup(Level.Trial)
    public void checkLevel() {
        String actual = System.getProperty(PROPERTY);
        if (!level().equals(actual)) {
            throw new IllegalStateException("expected -D" + PROPERTY + "=" + level() + " in this fork, got " + actual);
        }
    }

    /** Per iteration, on the measuring thread ({@code Rc} is confined to the thread that creates it). */
    @Setup(Level.Iteration)
    public void open() {
        for (int i = 0; i < POOL; i++) {
            arcs.add(Arc.of(value));
            rcs.add(Rc.of(value));
        }
    }

    @TearDown(Level.Iteration)
    public void close() {
        arcs.forEach(Arc::close);
        rcs.forEach(Rc::close);
        arcs.clear();
        rcs.clear();
    }

    private int nextIndex() {
        return next = (next + 1) & (POOL - 1);
    }

    @Benchmark
    public void arcOfClose(Blackhole bh) {
        try (Arc<Object> fresh = Arc.of(value)) {
            bh.consume(fresh.get());
        }
    }

    @Benchmark
    public void arcCloneClose(Blackhole bh) {
        try (Arc<Object> second = arcs.get(nextIndex()).clone()) {
            bh.consume(second.get());
        }
    }

    @Benchmark
    public void rcCloneClose(Blackhole bh) {
        try (Rc<Object> second = rcs.get(nextIndex()).clone()) {
            bh.consume(second.get());
        }
    }

    @Fork(jvmArgsAppend = "-D" + PROPERTY + "=off")
    public static class Off extends LeakDetectionBench {
        @Override
        String level() {
            return "off";
        }
    }

    @Fork(jvmArgsAppend = "-D" + PROPERTY + "=sampled")
    public static class Sampled extends LeakDetectionBench {
        @Override
        String level() {
            return "sampled";
        }
    }

    @Fork(jvmArgsAppend = "-D" + PROPERTY + "=paranoid")
    public static class Paranoid extends LeakDetectionBench {
        @Override
        String level() {
            return "paranoid";
        }
    }
}
