package dev.fearless.sync;

import dev.fearless.internal.RuntimeTypeName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // the locks ignore interrupts
class RwLockTest {

    @Test
    void writeGuardMutatesAndReadGuardReads() {
        RwLock<Integer> lock = RwLock.of(1);
        try (RwLockWriteGuard<Integer> guard = lock.write()) {
            assertThat(guard.get()).isEqualTo(1);
            guard.set(2);
            assertThat(guard.replace(3)).isEqualTo(2);
            guard.update(n -> n * 10);
        }
        try (RwLockReadGuard<Integer> guard = lock.read()) {
            assertThat(guard.get()).isEqualTo(30);
        }
        int viaWith = lock.withRead(RwLockReadGuard::get);
        assertThat(viaWith).isEqualTo(30);
        int written = lock.withWrite(g -> {
            g.update(n -> n + 1);
            return g.get();
        });
        assertThat(written).isEqualTo(31);
    }

    @Test
    void readersShareTheLock() {
        RwLock<String> lock = RwLock.of("shared");
        try (RwLockReadGuard<String> mine = lock.read()) {
            assertThat(AnotherThread.call(() -> {
                try (RwLockReadGuard<String> theirs = lock.read()) {
                    return theirs.get();
                }
            })).isEqualTo("shared");
            assertThat(AnotherThread.call(lock::tryWrite)).as("no writer while reading").isEmpty();
            assertThat(mine.get()).isEqualTo("shared");
        }
    }

    @Test
    void writerExcludesReadersAndWriters() {
        RwLock<String> lock = RwLock.of("x");
        try (RwLockWriteGuard<String> guard = lock.write()) {
            assertThat(AnotherThread.call(lock::tryRead)).isEmpty();
            assertThat(AnotherThread.call(lock::tryWrite)).isEmpty();
            guard.set("y");
        }
        assertThat(AnotherThread.call(() -> lock.tryRead().map(g -> {
            try (g) {
                return g.get();
            }
        }))).contains("y");
    }

    @Test
    void reentrantReadSucceedsEvenWithAWriterQueued() {
        RwLock<Integer> lock = RwLock.of(0);
        RwLockReadGuard<Integer> first = lock.read();
        AnotherThread.Pending<Object> writer = AnotherThread.start(() -> lock.withWrite(g -> {
            g.set(1);
            return null;
        }));
        AnotherThread.awaitParked(writer.thread);
        Optional<RwLockReadGuard<Integer>> second = lock.tryRead();
        assertThat(second).isPresent();
        second.get().close();
        try (RwLockReadGuard<Integer> third = lock.read()) { // would deadlock if not re-entrant
            assertThat(third.get()).isZero();
        }
        assertThat(first.get()).isZero();
        first.close();
        writer.join();
        assertThat(lock.getMut()).isEqualTo(1);
    }

    @Test
    void writeWhileHoldingAGuardThrowsInsteadOfDeadlocking() {
        RwLock<Integer> lock = RwLock.of(0);
        try (RwLockReadGuard<Integer> read = lock.read()) {
            assertThatThrownBy(lock::write).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("read guard");
            assertThatThrownBy(lock::writeIgnoringPoison).isInstanceOf(IllegalStateException.class);
            assertThat(lock.tryWrite()).isEmpty();
            assertThat(read.get()).isZero();
        }
        try (RwLockWriteGuard<Integer> write = lock.write()) {
            assertThatThrownBy(lock::write).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("write guard");
            assertThatThrownBy(lock::read).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("downgrade");
            assertThatThrownBy(() -> lock.withRead(g -> 1)).isInstanceOf(IllegalStateException.class);
            assertThat(lock.tryWrite()).isEmpty();
            assertThat(lock.tryRead()).isEmpty();
            write.set(1);
        }
        assertThat(lock.isPoisoned()).isFalse();
        assertThat(lock.tryWrite()).hasValueSatisfying(RwLockWriteGuard::close);
    }

    @Test
    void onlyWritersPoison() {
        RwLock<Integer> lock = RwLock.of(0);
        RuntimeException readerFailure = new RuntimeException("reader");
        assertThat(catchThrowable(() -> lock.withRead(g -> {
            throw readerFailure;
        }))).isSameAs(readerFailure);
        assertThat(lock.isPoisoned()).isFalse();

        AssertionError writerFailure = new AssertionError("writer");
        assertThat(catchThrowable(() -> lock.withWrite(g -> {
            g.set(5);
            throw writerFailure;
        }))).isSameAs(writerFailure);
        assertThat(lock.isPoisoned()).isTrue();
    }

    @Test
    void poisonedLockRefusesEveryEntryWithoutHoldingIt() {
        RwLock<Integer> lock = poisoned(RwLock.of(7));
        assertThatThrownBy(lock::read).isInstanceOf(PoisonException.class).hasMessageContaining("RwLock<Integer>");
        assertThatThrownBy(lock::write).isInstanceOf(PoisonException.class);
        assertThatThrownBy(lock::tryRead).isInstanceOf(PoisonException.class);
        assertThatThrownBy(lock::tryWrite).isInstanceOf(PoisonException.class);
        assertThatThrownBy(() -> lock.withRead(g -> 1)).isInstanceOf(PoisonException.class);
        assertThatThrownBy(() -> lock.withWrite(g -> 1)).isInstanceOf(PoisonException.class);
        // nothing is held afterwards: a writer on another thread gets in
        assertThat(AnotherThread.call(() -> lock.writeIgnoringPoison().replace(8))).isEqualTo(7);
    }

    @Test
    void ignoringPoisonAndClearPoisonRecover() {
        RwLock<Integer> lock = poisoned(RwLock.of(1));
        try (RwLockReadGuard<Integer> guard = lock.readIgnoringPoison()) {
            assertThat(guard.get()).isEqualTo(1);
        }
        try (RwLockWriteGuard<Integer> guard = lock.writeIgnoringPoison()) {
            guard.set(0);
            lock.clearPoison();
        }
        try (RwLockReadGuard<Integer> guard = lock.read()) {
            assertThat(guard.get()).isZero();
        }
    }

    @Test
    void tryWriteOnHeldPoisonedLockIsEmpty() {
        RwLock<Integer> lock = poisoned(RwLock.of(1));
        try (RwLockReadGuard<Integer> guard = lock.readIgnoringPoison()) {
            assertThat(AnotherThread.call(lock::tryWrite)).isEmpty();
        }
    }

    @Test
    void downgradeIsAtomicAndConsumesTheWriteGuard() {
        RwLock<Integer> lock = RwLock.of(0);
        RwLockWriteGuard<Integer> writing = lock.write();
        AnotherThread.Pending<Object> writer = AnotherThread.start(() -> lock.withWrite(g -> {
            g.set(-1);
            return null;
        }));
        AnotherThread.awaitParked(writer.thread);
        writing.set(42);
        RwLockReadGuard<Integer> reading = lock.downgrade(writing);
        assertThat(reading.get()).as("no writer slipped in").isEqualTo(42);
        assertThatThrownBy(writing::get).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(writing::close).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> lock.downgrade(writing)).isInstanceOf(IllegalStateException.class);
        assertThat(writer.future).isNotDone();
        reading.close();
        writer.join();
        assertThat(lock.getMut()).isEqualTo(-1);
    }

    @Test
    void downgradeLetsOtherReadersIn() {
        RwLock<String> lock = RwLock.of("a");
        RwLockWriteGuard<String> writing = lock.write();
        writing.set("b");
        try (RwLockReadGuard<String> reading = lock.downgrade(writing)) {
            String seen = AnotherThread.call(() -> lock.withRead(RwLockReadGuard::get));
            assertThat(seen).isEqualTo("b");
            assertThat(reading.get()).isEqualTo("b");
        }
    }

    @Test
    void downgradeRefusesForeignGuards() {
        RwLock<Integer> one = RwLock.of(1);
        RwLock<Integer> other = RwLock.of(2);
        try (RwLockWriteGuard<Integer> guard = other.write()) {
            assertThatThrownBy(() -> one.downgrade(guard)).isInstanceOf(IllegalArgumentException.class);
            assertThat(AnotherThread.failure(() -> other.downgrade(guard))).isInstanceOf(IllegalStateException.class);
            assertThat(guard.get()).isEqualTo(2);
        }
    }

    @Test
    void guardsAreConfinedToTheirThreadAndCloseOnce() {
        RwLock<Integer> lock = RwLock.of(0);
        RwLockReadGuard<Integer> read = lock.read();
        assertThat(AnotherThread.failure(read::close)).isInstanceOf(IllegalStateException.class);
        assertThat(AnotherThread.failure(read::get)).isInstanceOf(IllegalStateException.class);
        assertThat(AnotherThread.call(lock::tryWrite)).as("read hold kept").isEmpty();
        read.close();
        assertThatThrownBy(read::close).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(read::get).isInstanceOf(IllegalStateException.class);

        RwLockWriteGuard<Integer> write = lock.write();
        assertThat(AnotherThread.failure(write::close)).isInstanceOf(IllegalStateException.class);
        assertThat(AnotherThread.failure(() -> write.set(3))).isInstanceOf(IllegalStateException.class);
        assertThat(AnotherThread.call(lock::tryRead)).as("write lock kept").isEmpty();
        write.close();
        assertThatThrownBy(write::close).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> write.update(n -> n)).isInstanceOf(IllegalStateException.class);
        assertThat(lock.getMut()).isZero();
    }

    @Test
    void intoInnerReturnsTheValueEvenPoisonedAndRetiresTheLock() {
        RwLock<Integer> lock = poisoned(RwLock.of(4));
        assertThat(lock.intoInner()).isEqualTo(4);
        assertThatThrownBy(lock::read).isInstanceOf(IllegalStateException.class).hasMessageContaining("intoInner");
        assertThatThrownBy(lock::write).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(lock::tryRead).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(lock::tryWrite).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(lock::intoInner).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(lock::getMut).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void intoInnerWhileHoldingAGuardThrows() {
        RwLock<Integer> lock = RwLock.of(4);
        try (RwLockReadGuard<Integer> guard = lock.read()) {
            assertThatThrownBy(lock::intoInner).isInstanceOf(IllegalStateException.class);
        }
        assertThat(lock.intoInner()).isEqualTo(4);
    }

    @Test
    void getMutReadsWithoutLocking() {
        List<String> list = new ArrayList<>();
        RwLock<List<String>> lock = RwLock.of(list);
        try (RwLockWriteGuard<List<String>> guard = lock.write()) {
            assertThat(lock.getMut()).isSameAs(list);
        }
        assertThat(poisoned(lock).getMut()).isSameAs(list);
    }

    @Test
    void namesItsTypeForRunTimeMessages() {
        assertThat(RuntimeTypeName.of(RwLock.of(List.of()))).startsWith("RwLock<");
        assertThat(RuntimeTypeName.of(RwLock.of(1L))).isEqualTo("RwLock<Long>");
    }

    @RepeatedTest(3)
    void writersAreExclusiveAndReadersSeeConsistentState() {
        int writers = 3;
        int readers = 4;
        int writes = 10_000;
        RwLock<int[]> pair = RwLock.of(new int[2]); // invariant: both cells equal outside a write
        AtomicBoolean torn = new AtomicBoolean();
        AtomicInteger concurrentWriters = new AtomicInteger();
        AtomicBoolean overlap = new AtomicBoolean();
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch go = new CountDownLatch(1);
        List<AnotherThread.Pending<Object>> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int kind = w;
            threads.add(AnotherThread.start(() -> {
                awaitLatch(go);
                for (int i = 0; i < writes; i++) {
                    if (kind == 0) {
                        pair.withWrite(g -> write(g.get(), concurrentWriters, overlap));
                    } else {
                        try (RwLockWriteGuard<int[]> g = pair.write()) {
                            write(g.get(), concurrentWriters, overlap);
                        }
                    }
                }
                return null;
            }));
        }
        for (int r = 0; r < readers; r++) {
            int kind = r;
            threads.add(AnotherThread.start(() -> {
                awaitLatch(go);
                while (writing.get()) {
                    if (kind % 2 == 0) {
                        try (RwLockReadGuard<int[]> g = pair.read()) {
                            check(g.get(), torn);
                        }
                    } else {
                        pair.tryRead().ifPresent(g -> {
                            try (g) {
                                check(g.get(), torn);
                            }
                        });
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (int i = 0; i < writers; i++) {
            threads.get(i).join();
        }
        writing.set(false);
        threads.forEach(AnotherThread.Pending::join);
        assertThat(overlap).as("two writers at once").isFalse();
        assertThat(torn).as("a reader saw a half-done write").isFalse();
        int[] cells = pair.intoInner();
        assertThat(cells[0]).isEqualTo(writers * writes).isEqualTo(cells[1]);
    }

    @RepeatedTest(3)
    void downgradeUnderContentionNeverLetsAWriterIn() {
        RwLock<Integer> lock = RwLock.of(0);
        int rounds = 2_000;
        AtomicBoolean slipped = new AtomicBoolean();
        CountDownLatch go = new CountDownLatch(1);
        AnotherThread.Pending<Object> downgrader = AnotherThread.start(() -> {
            awaitLatch(go);
            for (int i = 0; i < rounds; i++) {
                RwLockWriteGuard<Integer> w = lock.write();
                int mine = w.get() + 1;
                w.set(mine);
                try (RwLockReadGuard<Integer> r = lock.downgrade(w)) {
                    if (r.get() != mine) {
                        slipped.set(true);
                    }
                }
            }
            return null;
        });
        AnotherThread.Pending<Object> rival = AnotherThread.start(() -> {
            awaitLatch(go);
            for (int i = 0; i < rounds; i++) {
                lock.withWrite(g -> {
                    g.update(n -> n + 1);
                    return null;
                });
            }
            return null;
        });
        go.countDown();
        downgrader.join();
        rival.join();
        assertThat(slipped).isFalse();
        assertThat(lock.intoInner()).isEqualTo(2 * rounds);
    }

    private static int write(int[] cells, AtomicInteger concurrentWriters, AtomicBoolean overlap) {
        if (concurrentWriters.incrementAndGet() != 1) {
            overlap.set(true);
        }
        cells[0]++;
        Thread.onSpinWait();
        cells[1]++;
        concurrentWriters.decrementAndGet();
        return 0;
    }

    private static void check(int[] cells, AtomicBoolean torn) {
        int first = cells[0];
        Thread.onSpinWait();
        if (cells[1] != first) {
            torn.set(true);
        }
    }

    static <T> RwLock<T> poisoned(RwLock<T> lock) {
        catchThrowable(() -> lock.withWrite(g -> {
            throw new IllegalStateException("failing writer");
        }));
        assertThat(lock.isPoisoned()).isTrue();
        return lock;
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void writeGuardUsedOrClosedOnAnotherThreadThrowsAndTheLockStaysHeld() {
        RwLock<Integer> lock = RwLock.of(0);
        RwLockWriteGuard<Integer> guard = lock.write();
        assertThat(AnotherThread.failure(guard::close))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("thread that acquired it (" + Thread.currentThread().getName() + ")");
        assertThat(AnotherThread.failure(guard::get)).isInstanceOf(IllegalStateException.class);
        assertThat(AnotherThread.failure(() -> guard.set(5))).isInstanceOf(IllegalStateException.class);
        assertThat(AnotherThread.call(lock::tryRead)).as("still write-locked").isEmpty();
        guard.set(1);
        guard.close();
        assertThatThrownBy(guard::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("already closed");
        assertThat(AnotherThread.call(() -> lock.tryWrite().map(g -> {
            int seen = g.get();
            g.close();
            return seen;
        }))).contains(1);
    }

    @Test
    void readGuardUsedOrClosedOnAnotherThreadThrowsAndTheLockStaysHeld() {
        RwLock<Integer> lock = RwLock.of(3);
        RwLockReadGuard<Integer> guard = lock.read();
        assertThat(AnotherThread.failure(guard::close)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("thread that acquired it");
        assertThat(AnotherThread.failure(guard::get)).isInstanceOf(IllegalStateException.class);
        assertThat(AnotherThread.call(lock::tryWrite)).as("still read-locked").isEmpty();
        assertThat(guard.get()).isEqualTo(3);
        guard.close();
        assertThat(AnotherThread.call(() -> lock.tryWrite().map(g -> {
            g.close();
            return "free";
        }))).contains("free");
    }

    @Test
    void aDowngradedWriteGuardCannotBeUsedAgain() {
        RwLock<Integer> lock = RwLock.of(0);
        RwLockWriteGuard<Integer> write = lock.write();
        try (RwLockReadGuard<Integer> read = lock.downgrade(write)) {
            assertThatThrownBy(() -> write.set(9)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("downgraded");
            assertThatThrownBy(write::close).isInstanceOf(IllegalStateException.class);
            assertThat(read.get()).isZero();
        }
        assertThat(AnotherThread.call(() -> lock.tryWrite().map(g -> {
            g.close();
            return "free";
        }))).contains("free");
    }
}
