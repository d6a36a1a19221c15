package dev.fearless.bench;

import dev.fearless.sync.RwLock;
import dev.fearless.sync.RwLockReadGuard;
import dev.fearless.sync.RwLockWriteGuard;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;

/**
 * Reads while one other thread keeps writing: each JMH group is one reader and one writer on the same
 * lock; the writer does a little work ({@value #WORK_BETWEEN_WRITES} tokens of {@code Blackhole.consumeCPU})
 * between writes, so that readers get the lock in between. The report shows the reader's time per read
 * (the group's {@code read} result).
 */
@State(Scope.Group)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RwLockUnderWriterBench {
    static final int WORK_BETWEEN_WRITES = 200;

    final RwLock<Integer> rwLock = RwLock.of(0); // package-private for the tests
    private final ReentrantReadWriteLock reentrantReadWriteLock = new ReentrantReadWriteLock();
    private final StampedLock stampedLock = new StampedLock();
    Integer byReentrantReadWriteLock = 0;
    Integer byStampedLock = 0;

    @Benchmark
    @Group("rwLock")
    @GroupThreads(1)
    public void rwLockRead(Blackhole bh) {
        try (RwLockReadGuard<Integer> guard = rwLock.read()) {
            bh.consume(guard.get());
        }
    }

    @Benchmark
    @Group("rwLock")
    @GroupThreads(1)
    public void rwLockWrite() {
        try (RwLockWriteGuard<Integer> guard = rwLock.write()) {
            guard.set(guard.get() + 1);
        }
        Blackhole.consumeCPU(WORK_BETWEEN_WRITES);
    }

    @Benchmark
    @Group("reentrantReadWriteLock")
    @GroupThreads(1)
    public void reentrantReadWriteLockRead(Blackhole bh) {
        ReentrantReadWriteLock.ReadLock lock = reentrantReadWriteLock.readLock();
        lock.lock();
        try {
            bh.consume(byReentrantReadWriteLock);
        } finally {
            lock.unlock();
        }
    }

    @Benchmark
    @Group("reentrantReadWriteLock")
    @GroupThreads(1)
    public void reentrantReadWriteLockWrite() {
        ReentrantReadWriteLock.WriteLock lock = reentrantReadWriteLock.writeLock();
        lock.lock();
        try {
            byReentrantReadWriteLock = byReentrantReadWriteLock + 1;
        } finally {
            lock.unlock();
        }
        Blackhole.consumeCPU(WORK_BETWEEN_WRITES);
    }

    @Benchmark
    @Group("stampedLock")
    @GroupThreads(1)
    public void stampedLockRead(Blackhole bh) {
        long stamp = stampedLock.readLock();
        try {
            bh.consume(byStampedLock);
        } finally {
            stampedLock.unlockRead(stamp);
        }
    }

    @Benchmark
    @Group("stampedLock")
    @GroupThreads(1)
    public void stampedLockWrite() {
        long stamp = stampedLock.writeLock();
        try {
            byStampedLock = byStampedLock + 1;
        } finally {
            stampedLock.unlockWrite(stamp);
        }
        Blackhole.consumeCPU(WORK_BETWEEN_WRITES);
    }
}
