package dev.fearless.bench;

import dev.fearless.rc.Rc;
import dev.fearless.sync.Arc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each benchmark method, run directly (no JMH), does the work it claims and gives back what it took:
 * a benchmark that silently measured nothing, or leaked a count, would make its figure meaningless.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BenchmarkMethodsTest {
    private static final int CALLS = 1_000;

    static Blackhole blackhole() {
        return new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    }

    @Test
    void referenceCountPairsLeaveEveryCountWhereItWas() {
        RefCountBench b = new RefCountBench();
        Blackhole bh = blackhole();
        b.open();
        for (int i = 0; i < CALLS; i++) {
            b.floorAtomicInteger(bh);
            b.floorVarHandle(bh);
            b.floorPlusAtomicSwap(bh);
            b.floorCasIncrement(bh);
            b.arcCloneClose(bh);
            b.rcCloneClose(bh);
            b.nettyRetainRelease(bh);
            b.arcWeakUpgradeClose(bh);
            b.rcWeakUpgradeClose(bh);
        }
        assertThat(b.atomic.get()).isEqualTo(1);
        assertThat(b.count).isEqualTo(1);
        assertThat(Arc.strongCount(b.arc)).isEqualTo(1);
        assertThat(Arc.weakCount(b.arc)).isEqualTo(1);
        assertThat(Rc.strongCount(b.rc)).isEqualTo(1);
        assertThat(Rc.weakCount(b.rc)).isEqualTo(1);
        assertThat(b.netty.refCnt()).isEqualTo(1);
        Arc<Object> arc = b.arc;
        b.close();
        assertThat(b.netty.refCnt()).isZero();
        assertThatThrownBy(arc::get).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void uncontendedLocksAreReleasedAfterEachCall() {
        MutexBench b = new MutexBench();
        Blackhole bh = blackhole();
        for (int i = 0; i < CALLS; i++) {
            b.mutexLockUnlock(bh);
            assertThat(b.mutexWithLock()).isNotNull();
            b.reentrantLockUnlock(bh);
            b.synchronizedBlock(bh);
        }
        var guard = b.mutex.tryLock();
        assertThat(guard).isPresent();
        guard.get().close();
    }

    @Test
    void readLocksAreReleasedAfterEachCall() {
        RwLockBench b = new RwLockBench();
        Blackhole bh = blackhole();
        for (int i = 0; i < CALLS; i++) {
            b.rwLockRead(bh);
            assertThat(b.rwLockWithRead()).isNotNull();
            b.reentrantReadWriteLockRead(bh);
            b.stampedLockRead(bh);
            b.stampedLockOptimisticRead(bh);
        }
        var writer = b.rwLock.tryWrite();
        assertThat(writer).isPresent();
        writer.get().close();
    }

    @Test
    void readersAndWritersUnderAWriterDoTheirWork() throws Exception {
        RwLockUnderWriterBench b = new RwLockUnderWriterBench();
        Thread writer = new Thread(() -> {
            for (int i = 0; i < CALLS; i++) {
                b.rwLockWrite();
                b.reentrantReadWriteLockWrite();
                b.stampedLockWrite();
            }
        });
        writer.start();
        Blackhole bh = blackhole();
        for (int i = 0; i < CALLS; i++) {
            b.rwLockRead(bh);
            b.reentrantReadWriteLockRead(bh);
            b.stampedLockRead(bh);
        }
        writer.join();
        int written = b.rwLock.withRead(g -> g.get());
        assertThat(written).isEqualTo(CALLS);
        assertThat(b.byReentrantReadWriteLock).isEqualTo(CALLS);
        assertThat(b.byStampedLock).isEqualTo(CALLS);
    }

    @Test
    void sharedCounterIncrementsAreExactUnderContention() throws Exception {
        SharedCounterBench b = new SharedCounterBench.T4();
        b.open();
        int threads = 4;
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                Blackhole bh = blackhole();
                try {
                    start.await();
                    for (int i = 0; i < CALLS; i++) {
                        b.mutexIncrement();
                        b.reentrantLockIncrement();
                        b.synchronizedIncrement();
                        b.arcCloneClose(bh);
                        b.nettyRetainRelease(bh);
                        b.floorAtomicInteger(bh);
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        assertThat(failures).isEmpty();
        assertThat(b.lockedCounts()).containsExactly(threads * CALLS, threads * CALLS, threads * CALLS);
        assertThat(Arc.strongCount(b.arc())).isEqualTo(1);
        b.close();
    }

    @Test
    void spawnJoinRunsTheTaskOncePerCall() throws Throwable {
        SpawnJoinBench b = new SpawnJoinBench();
        b.jdkThreadStartJoin();
        b.fearlessSpawnJoin();
        assertThat(b.ran()).isEqualTo(2);
        if (Runtime.version().feature() >= 21) {
            b.jdkVirtualStartJoin();
            b.fearlessVirtualSpawnJoin();
            assertThat(b.ran()).isEqualTo(4);
        } else {
            assertThatThrownBy(b::jdkVirtualStartJoin).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(b::fearlessVirtualSpawnJoin).isInstanceOf(UnsupportedOperationException.class);
            assertThat(b.ran()).isEqualTo(2);
        }
    }

    @Test
    void seedProgramsCountToOneMillion() throws InterruptedException {
        SeedProgramBench b = new SeedProgramBench();
        assertThat(SeedProgramBench.THREADS * SeedProgramBench.INCREMENTS).isEqualTo(1_000_000);
        assertThat(b.fearless()).isEqualTo(1_000_000);
        assertThat(b.jdkReentrantLock()).isEqualTo(1_000_000);
        assertThat(b.jdkSynchronized()).isEqualTo(1_000_000);
    }

    @Test
    void leakDetectionBenchRefusesAForkWithoutItsLevel() {
        String before = System.getProperty(LeakDetectionBench.PROPERTY);
        try {
            System.clearProperty(LeakDetectionBench.PROPERTY);
            LeakDetectionBench paranoid = new LeakDetectionBench.Paranoid();
            assertThatThrownBy(paranoid::checkLevel).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("paranoid");
            System.setProperty(LeakDetectionBench.PROPERTY, "sampled");
            new LeakDetectionBench.Sampled().checkLevel();
        } finally {
            if (before == null) {
                System.clearProperty(LeakDetectionBench.PROPERTY);
            } else {
                System.setProperty(LeakDetectionBench.PROPERTY, before);
            }
        }
    }

    @Test
    void leakDetectionOperationsCloseWhatTheyOpen() {
        LeakDetectionBench b = new LeakDetectionBench.Off();
        Blackhole bh = blackhole();
        b.open();
        for (int i = 0; i < CALLS; i++) {
            b.arcOfClose(bh);
            b.arcCloneClose(bh);
            b.rcCloneClose(bh);
        }
        assertThat(b.arcs).hasSize(LeakDetectionBench.POOL).allSatisfy(a -> assertThat(Arc.strongCount(a)).isEqualTo(1));
        assertThat(b.rcs).allSatisfy(r -> assertThat(Rc.strongCount(r)).isEqualTo(1));
        List<Arc<Object>> arcs = new ArrayList<>(b.arcs);
        b.close();
        assertThat(arcs).allSatisfy(a -> assertThatThrownBy(a::get).isInstanceOf(IllegalStateException.class));
    }
}
