package dev.fearless.bench;

import dev.fearless.sync.Arc;
import dev.fearless.sync.Mutex;
import dev.fearless.sync.MutexGuard;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Several threads hammering one shared count or one shared lock.
 *
 * <p>The thread count comes from the concrete subclass ({@link T2}, {@link T4}, {@link T8}) or, for
 * {@link Scaling}, from JMH's {@code -t} option (the scaling run on a many-core machine). The score is JMH's
 * average time per operation per thread, so at {@code n} threads the total throughput is {@code n / score}.
 *
 * <p>The lock benchmarks all run the same critical section, an {@code Integer} counter incremented by one,
 * because that is what the seed program ({@code Arc<Mutex<Integer>>}) does.
 */
@Fork(jvmArgsAppend = "-Dfearless.leakDetection=off") // its cost: LeakDetectionBench
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public abstract class SharedCounterBench {
    private final Object value = new Object();
    private final AtomicInteger atomic = new AtomicInteger(1);
    private final ReentrantLock reentrantLock = new ReentrantLock();
    private final Object monitor = new Object();
    private Integer lockedByReentrantLock = 0;
    private Integer lockedByMonitor = 0;

    private Arc<Object> arc;
    private ReferenceCounted netty;
    private Mutex<Integer> mutex;

    @Setup(Level.Iteration)
    public void open() {
        arc = Arc.of(value);
        netty = new RefCountBench.NettyCounted(value);
        mutex = Mutex.of(0);
    }

    @TearDown(Level.Iteration)
    public void close() {
        arc.close();
        netty.release();
    }

    @Benchmark
    public void floorAtomicInteger(Blackhole bh) {
        atomic.incrementAndGet();
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
    public void nettyRetainRelease(Blackhole bh) {
        netty.retain();
        bh.consume(value);
        netty.release();
    }

    @Benchmark
    public void mutexIncrement() {
        try (MutexGuard<Integer> guard = mutex.lock()) {
            guard.set(guard.get() + 1);
        }
    }

    @Benchmark
    public void reentrantLockIncrement() {
        reentrantLock.lock();
        try {
            lockedByReentrantLock = lockedByReentrantLock + 1;
        } finally {
            reentrantLock.unlock();
        }
    }

    @Benchmark
    public void synchronizedIncrement() {
        synchronized (monitor) {
            lockedByMonitor = lockedByMonitor + 1;
        }
    }

    /** Test hook: the three lock-protected counters, read under their locks. */
    int[] lockedCounts() {
        reentrantLock.lock();
        try {
            synchronized (monitor) {
                return new int[] {mutex.withLock(MutexGuard::get), lockedByReentrantLock, lockedByMonitor};
            }
        } finally {
            reentrantLock.unlock();
        }
    }

    /** Test hook: the shared allocation, to check that every clone was closed. */
    Arc<Object> arc() {
        return arc;
    }

    /** Two threads share the count or the lock. */
    @Threads(2)
    public static class T2 extends SharedCounterBench {
    }

    /** Four threads on two cores: the lock's hand-off and parking dominate. */
    @Threads(4)
    public static class T4 extends SharedCounterBench {
    }

    @Threads(8)
    public static class T8 extends SharedCounterBench {
    }

    /** No thread count of its own: the scaling run sets it with {@code -t 1,2,4,8,16} one at a time. */
    public static class Scaling extends SharedCounterBench {
    }
}
