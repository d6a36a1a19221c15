package dev.fearless.bench;

import dev.fearless.sync.RwLock;
import dev.fearless.sync.RwLockReadGuard;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;

/**
 * An uncontended read lock+unlock around a read of the guarded value, on one thread, against the JDK's
 * two read-write locks. {@code StampedLock}'s optimistic read (no write to shared memory at all) is shown
 * as the lower bound of what a read-mostly lock can do.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RwLockBench {
    private final Object value = new Object();
    final RwLock<Object> rwLock = RwLock.of(value); // package-private for the tests
    private final ReentrantReadWriteLock reentrantReadWriteLock = new ReentrantReadWriteLock();
    private final StampedLock stampedLock = new StampedLock();

    @Benchmark
    public void rwLockRead(Blackhole bh) {
        try (RwLockReadGuard<Object> guard = rwLock.read()) {
            bh.consume(guard.get());
        }
    }

    @Benchmark
    public Object rwLockWithRead() {
        return rwLock.withRead(RwLockReadGuard::get);
    }

    @Benchmark
    public void reentrantReadWriteLockRead(Blackhole bh) {
        ReentrantReadWriteLock.ReadLock lock = reentrantReadWriteLock.readLock();
        lock.lock();
        try {
            bh.consume(value);
        } finally {
            lock.unlock();
        }
    }

    @Benchmark
    public void stampedLockRead(Blackhole bh) {
        long stamp = stampedLock.readLock();
        try {
            bh.consume(value);
        } finally {
            stampedLock.unlockRead(stamp);
        }
    }

    @Benchmark
    public void stampedLockOptimisticRead(Blackhole bh) {
        long stamp = stampedLock.tryOptimisticRead();
        Object seen = value;
        if (!stampedLock.validate(stamp)) {
            stamp = stampedLock.readLock();
            try {
                seen = value;
            } finally {
                stampedLock.unlockRead(stamp);
            }
        }
        bh.consume(seen);
    }
}
