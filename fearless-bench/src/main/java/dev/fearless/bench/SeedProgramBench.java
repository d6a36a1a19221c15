package dev.fearless.bench;

import dev.fearless.sync.Arc;
import dev.fearless.sync.Mutex;
import dev.fearless.sync.MutexGuard;
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The Rust Book's shared-counter program (listing 16-15) scaled up: {@value #THREADS} threads each add 1 to
 * one counter {@value #INCREMENTS} times, taking the lock for every increment; the result is
 * {@code THREADS * INCREMENTS}.
 *
 * <p>One operation is the whole program, timed once per iteration ({@code SingleShotTime}): thread start,
 * the contended increments and the joins.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SeedProgramBench {
    static final int THREADS = 1_000;
    static final int INCREMENTS = 1_000;

    /** {@code Arc<Mutex<Integer>>}, {@code Threads.spawn}, {@code join}: the program as the book writes it. */
    @Benchmark
    public int fearless() {
        try (Arc<Mutex<Integer>> counter = Arc.of(Mutex.of(0))) {
            List<JoinHandle<Void>> handles = new ArrayList<>(THREADS);
            for (int i = 0; i < THREADS; i++) {
                Arc<Mutex<Integer>> mine = counter.clone();
                handles.add(Threads.spawn(() -> {
                    try (mine) {
                        for (int j = 0; j < INCREMENTS; j++) {
                            try (MutexGuard<Integer> guard = mine.get().lock()) {
                                guard.set(guard.get() + 1);
                            }
                        }
                    }
                }));
            }
            for (JoinHandle<Void> handle : handles) {
                handle.join();
            }
            return counter.get().withLock(MutexGuard::get);
        }
    }

    /** The usual Java version: a {@code ReentrantLock} beside a field, plain threads. */
    @Benchmark
    public int jdkReentrantLock() throws InterruptedException {
        final class Counter {
            final ReentrantLock lock = new ReentrantLock();
            Integer value = 0;
        }
        Counter counter = new Counter();
        List<Thread> threads = new ArrayList<>(THREADS);
        for (int i = 0; i < THREADS; i++) {
            Thread thread = new Thread(() -> {
                for (int j = 0; j < INCREMENTS; j++) {
                    counter.lock.lock();
                    try {
                        counter.value = counter.value + 1;
                    } finally {
                        counter.lock.unlock();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        counter.lock.lock();
        try {
            return counter.value;
        } finally {
            counter.lock.unlock();
        }
    }

    /** The oldest Java version: {@code synchronized} on the counter, plain threads. */
    @Benchmark
    public int jdkSynchronized() throws InterruptedException {
        final class Counter {
            Integer value = 0;
        }
        Counter counter = new Counter();
        List<Thread> threads = new ArrayList<>(THREADS);
        for (int i = 0; i < THREADS; i++) {
            Thread thread = new Thread(() -> {
                for (int j = 0; j < INCREMENTS; j++) {
                    synchronized (counter) {
                        counter.value = counter.value + 1;
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        synchronized (counter) {
            return counter.value;
        }
    }
}
