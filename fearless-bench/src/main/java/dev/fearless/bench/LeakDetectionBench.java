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

import java.util.concurrent.TimeUnit;

/**
 * What the leak detector costs at each level of {@code -Dfearless.leakDetection}.
 *
 * <p>The level is read once when the runtime initialises, so each level needs its own JVM: the subclasses
 * fork with the property set, and {@link #checkLevel()} refuses to measure if the fork did not get it (a
 * command-line {@code -jvmArgsAppend} would replace the annotation's). Both ends of a handle's life are
 * measured: a new allocation ({@code Arc.of} + close), where a tracked handle records where it was created,
 * and a clone + close.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public abstract class LeakDetectionBench {
    static final String PROPERTY = "fearless.leakDetection";

    private final Object value = new Object();
    Arc<Object> arc; // package-private for the tests
    Rc<Object> rc;

    /** The level this fork must run with. */
    abstract String level();

    @Setup(Level.Trial)
    public void checkLevel() {
        String actual = System.getProperty(PROPERTY);
        if (!level().equals(actual)) {
            throw new IllegalStateException("expected -D" + PROPERTY + "=" + level() + " in this fork, got " + actual);
        }
    }

    @Setup(Level.Iteration)
    public void open() {
        arc = Arc.of(value);
        rc = Rc.of(value);
    }

    @TearDown(Level.Iteration)
    public void close() {
        arc.close();
        rc.close();
    }

    @Benchmark
    public void arcOfClose(Blackhole bh) {
        try (Arc<Object> fresh = Arc.of(value)) {
            bh.consume(fresh.get());
        }
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
