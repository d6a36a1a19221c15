package dev.fearless.bench;

import dev.fearless.sync.Mutex;
import dev.fearless.sync.MutexGuard;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An uncontended lock+unlock around a read of the guarded value, on one thread.
 *
 * <p>Each thread has its own lock ({@code Scope.Thread}), so nothing ever waits: this is the cost of the
 * acquire and release themselves, the case that dominates real programs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MutexBench {
    private final Object value = new Object();
    final Mutex<Object> mutex = Mutex.of(value); // package-private for the tests
    private final ReentrantLock reentrantLock = new ReentrantLock();
    private final Object monitor = new Object();

    @Benchmark
    public void mutexLockUnlock(Blackhole bh) {
        try (MutexGuard<Object> guard = mutex.lock()) {
            bh.consume(guard.get());
        }
    }

    @Benchmark
    public Object mutexWithLock() {
        return mutex.withLock(MutexGuard::get);
    }

    @Benchmark
    public void reentrantLockUnlock(Blackhole bh) {
        reentrantLock.lock();
        try {
            bh.consume(value);
        } finally {
            reentrantLock.unlock();
        }
    }

    @Benchmark
    public void synchronizedBlock(Blackhole bh) {
        synchronized (monitor) {
            bh.consume(value);
        }
    }
}
