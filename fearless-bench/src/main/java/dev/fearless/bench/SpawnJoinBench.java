package dev.fearless.bench;

import dev.fearless.thread.Threads;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Start a thread that does almost nothing and wait for it: the fixed cost of a thread.
 *
 * <p>{@code Threads.spawn(runnable).join()} against {@code new Thread(runnable).start(); join()}, the same
 * {@code Runnable} in both. The virtual-thread pair needs JDK 21+; the run script leaves it out on
 * older JDKs (the JDK side is reached through a method handle so that this class compiles for 17, as the
 * runtime's own builder does).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SpawnJoinBench {
    private static final MethodHandle START_VIRTUAL = startVirtualThread();

    private final LongAdder ran = new LongAdder();
    private final Runnable task = ran::increment;

    @Benchmark
    public void jdkThreadStartJoin() throws InterruptedException {
        Thread thread = new Thread(task);
        thread.start();
        thread.join();
    }

    @Benchmark
    public void fearlessSpawnJoin() {
        Threads.spawn(task).join();
    }

    @Benchmark
    public void jdkVirtualStartJoin() throws Throwable {
        Thread thread = (Thread) START_VIRTUAL.invokeExact(task);
        thread.join();
    }

    /** Built per call, as a user would write it; {@code virtual(true)} throws on JDK 17-20. */
    @Benchmark
    public void fearlessVirtualSpawnJoin() {
        Threads.builder().virtual(true).spawn(task).join();
    }

    /** Test hook: how many times the task ran. */
    long ran() {
        return ran.sum();
    }

    /** {@code Thread.startVirtualThread(Runnable)} on JDK 21+, else a handle that says it is missing. */
    private static MethodHandle startVirtualThread() {
        MethodType type = MethodType.methodType(Thread.class, Runnable.class);
        try {
            return MethodHandles.publicLookup().findStatic(Thread.class, "startVirtualThread", type);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            MethodHandle fail = MethodHandles.throwException(Thread.class, UnsupportedOperationException.class);
            fail = MethodHandles.insertArguments(fail, 0,
                    new UnsupportedOperationException("virtual threads need JDK 21+"));
            return MethodHandles.dropArguments(fail, 0, Runnable.class);
        }
    }
}
