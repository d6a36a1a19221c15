package dev.fearless.sync;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // the locks ignore interrupts
class MutexTest {

    @Test
    void guardReadsAndWritesTheValue() {
        Mutex<Integer> mutex = Mutex.of(1);
        try (MutexGuard<Integer> guard = mutex.lock()) {
            assertThat(guard.get()).isEqualTo(1);
            guard.set(2);
            assertThat(guard.replace(3)).isEqualTo(2);
            guard.update(n -> n * 10);
            assertThat(guard.get()).isEqualTo(30);
        }
        int after = mutex.withLock(MutexGuard::get);
        assertThat(after).isEqualTo(30);
    }

    @Test
    void closingTheGuardUnlocks() {
        Mutex<String> mutex = Mutex.of("a");
        mutex.lock().close();
        assertThat(AnotherThread.call(() -> mutex.tryLock().map(g -> {
            g.close();
            return true;
        }).orElse(false))).isTrue();
    }

    @Test
    void updateThatThrowsLeavesTheValueAndTheGuardOpen() {
        Mutex<Integer> mutex = Mutex.of(5);
        try (MutexGuard<Integer> guard = mutex.lock()) {
            RuntimeException boom = new RuntimeException("boom");
            assertThat(catchThrowable(() -> guard.update(n -> {
                throw boom;
            }))).isSameAs(boom);
            assertThat(guard.get()).isEqualTo(5);
        }
        assertThat(mutex.isPoisoned()).isFalse();
    }

    @Test
    void lockingTwiceOnOneThreadThrowsInsteadOfDeadlocking() {
        Mutex<Integer> mutex = Mutex.of(0);
        try (MutexGuard<Integer> guard = mutex.lock()) {
            assertThatThrownBy(mutex::lock)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already locked by this thread");
            assertThatThrownBy(mutex::lockIgnoringPoison).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> mutex.withLock(g -> 1)).isInstanceOf(IllegalStateException.class);
            assertThat(guard.get()).isZero(); // the first guard is unaffected
        }
        assertThat(mutex.isPoisoned()).isFalse();
    }

    @Test
    void tryLockOnReentranceIsEmpty() {
        Mutex<Integer> mutex = Mutex.of(0);
        try (MutexGuard<Integer> guard = mutex.lock()) {
            assertThat(mutex.tryLock()).isEmpty();
            guard.set(1);
        }
        assertThat(mutex.tryLock()).hasValueSatisfying(MutexGuard::close);
    }

    @Test
    void tryLockWhileAnotherThreadHoldsIsEmpty() {
        Mutex<Integer> mutex = Mutex.of(0);
        try (MutexGuard<Integer> guard = mutex.lock()) {
            assertThat(AnotherThread.call(mutex::tryLock)).isEmpty();
        }
        Optional<MutexGuard<Integer>> later = mutex.tryLock();
        assertThat(later).isPresent();
        later.get().close();
    }

    @Test
    void tryLockOnHeldPoisonedMutexIsEmptyNotAnException() {
        Mutex<Integer> mutex = poisoned(Mutex.of(0));
        try (MutexGuard<Integer> guard = mutex.lockIgnoringPoison()) {
            assertThat(AnotherThread.call(mutex::tryLock)).isEmpty();
        }
        assertThatThrownBy(mutex::tryLock).isInstanceOf(PoisonException.class);
        mutex.clearPoison();
        assertThat(AnotherThread.call(() -> mutex.tryLock().map(g -> {
            g.close();
            return true;
        }).orElse(false))).as("the poisoned tryLock released the lock").isTrue();
    }

    @Test
    void runtimeExceptionInWithLockPoisonsAndIsRethrownAsTheSameObject() {
        Mutex<Integer> mutex = Mutex.of(0);
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        Throwable thrown = catchThrowable(() -> mutex.withLock(g -> {
            g.set(1);
            throw boom;
        }));
        assertThat(thrown).isSameAs(boom);
        assertThat(mutex.isPoisoned()).isTrue();
    }

    @Test
    void assertionErrorInWithLockPoisonsToo() {
        Mutex<Integer> mutex = Mutex.of(0);
        AssertionError failed = new AssertionError("invariant broken");
        assertThat(catchThrowable(() -> mutex.withLock(g -> {
            throw failed;
        }))).isSameAs(failed);
        assertThat(mutex.isPoisoned()).isTrue();
    }

    @Test
    void poisonedLockThrowsAndDoesNotHoldTheLock() {
        Mutex<Integer> mutex = poisoned(Mutex.of(7));
        assertThatThrownBy(mutex::lock)
                .isInstanceOf(PoisonException.class)
                .isInstanceOf(RuntimeException.class)
                .hasMessageContaining("Mutex<Integer>")
                .hasMessageContaining("poisoned");
        // not held: another thread gets in
        assertThat(AnotherThread.call(() -> {
            try (MutexGuard<Integer> guard = mutex.lockIgnoringPoison()) {
                return guard.get();
            }
        })).isEqualTo(7);
        // and this thread may lock again (no stale ownership)
        assertThatThrownBy(mutex::lock).isInstanceOf(PoisonException.class);
        assertThatThrownBy(() -> mutex.withLock(g -> 1)).isInstanceOf(PoisonException.class);
    }

    @Test
    void lockIgnoringPoisonGetsInAndClearPoisonRecovers() {
        Mutex<Integer> mutex = poisoned(Mutex.of(1));
        try (MutexGuard<Integer> guard = mutex.lockIgnoringPoison()) {
            assertThat(guard.get()).isEqualTo(1);
            guard.set(0);
            mutex.clearPoison();
        }
        assertThat(mutex.isPoisoned()).isFalse();
        try (MutexGuard<Integer> guard = mutex.lock()) {
            assertThat(guard.get()).isZero();
        }
    }

    @Test
    void closingTheGuardNormallyNeverPoisons() {
        Mutex<Integer> mutex = Mutex.of(0);
        try {
            try (MutexGuard<Integer> guard = mutex.lock()) {
                guard.set(1);
                throw new IllegalStateException("leaving the block by an exception");
            }
        } catch (IllegalStateException expected) {
            assertThat(mutex.isPoisoned()).isFalse();
        }
    }

    @Test
    void secondCloseAndUseAfterCloseThrow() {
        Mutex<Integer> mutex = Mutex.of(0);
        MutexGuard<Integer> guard = mutex.lock();
        guard.close();
        assertThatThrownBy(guard::close).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(guard::get).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> guard.set(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> guard.replace(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> guard.update(n -> n + 1)).isInstanceOf(IllegalStateException.class);
        // an old guard stays dead even after the same thread locks again
        try (MutexGuard<Integer> again = mutex.lock()) {
            assertThatThrownBy(guard::get).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(guard::close).isInstanceOf(IllegalStateException.class);
            assertThat(again.get()).isZero();
        }
    }

    @Test
    void guardUsedOrClosedOnAnotherThreadThrowsAndTheMutexStaysLocked() {
        Mutex<Integer> mutex = Mutex.of(0);
        MutexGuard<Integer> guard = mutex.lock();
        assertThat(AnotherThread.failure(guard::close))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("thread that locked");
        assertThat(AnotherThread.failure(guard::get)).isInstanceOf(IllegalStateException.class);
        assertThat(AnotherThread.failure(() -> guard.set(5))).isInstanceOf(IllegalStateException.class);
        assertThat(AnotherThread.call(mutex::tryLock)).as("still locked").isEmpty();
        assertThat(guard.get()).isZero();
        guard.close();
        assertThat(AnotherThread.call(() -> mutex.tryLock().map(g -> {
            g.close();
            return "unlocked";
        }))).contains("unlocked");
    }

    @Test
    void intoInnerReturnsTheValueEvenWhenPoisoned() {
        Mutex<List<String>> mutex = Mutex.of(new ArrayList<>(List.of("a")));
        catchThrowable(() -> mutex.withLock(g -> {
            g.get().add("half");
            throw new RuntimeException();
        }));
        assertThat(mutex.isPoisoned()).isTrue();
        assertThat(mutex.intoInner()).containsExactly("a", "half");
    }

    @Test
    void mutexIsUnusableAfterIntoInner() {
        Mutex<Integer> mutex = Mutex.of(3);
        assertThat(mutex.intoInner()).isEqualTo(3);
        assertThatThrownBy(mutex::lock).isInstanceOf(IllegalStateException.class).hasMessageContaining("intoInner");
        assertThatThrownBy(mutex::lockIgnoringPoison).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(mutex::tryLock).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> mutex.withLock(g -> 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(mutex::intoInner).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(mutex::getMut).isInstanceOf(IllegalStateException.class);
        assertThat(AnotherThread.failure(mutex::lock)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void intoInnerWhileHoldingTheLockThrows() {
        Mutex<Integer> mutex = Mutex.of(3);
        try (MutexGuard<Integer> guard = mutex.lock()) {
            assertThatThrownBy(mutex::intoInner).isInstanceOf(IllegalStateException.class);
        }
        assertThat(mutex.intoInner()).isEqualTo(3);
    }

    @Test
    void intoInnerWaitsForTheHolderAndFailsTheWaiters() {
        Mutex<Integer> mutex = Mutex.of(1);
        MutexGuard<Integer> guard = mutex.lock();
        AnotherThread.Pending<Integer> taker = AnotherThread.start(mutex::intoInner);
        AnotherThread.awaitParked(taker.thread);
        AnotherThread.Pending<Integer> waiter = AnotherThread.start(() -> {
            try (MutexGuard<Integer> g = mutex.lock()) {
                return g.get();
            }
        });
        AnotherThread.awaitParked(waiter.thread);
        guard.set(2);
        guard.close();
        // the queue is FIFO: the taker, queued first, consumes; the waiter queued behind it is failed
        assertThat(taker.join()).isEqualTo(2);
        assertThat(waiter.failure()).isInstanceOf(IllegalStateException.class).hasMessageContaining("intoInner");
        assertThatThrownBy(mutex::lock).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void getMutReturnsTheValueWithoutLockingEvenWhenPoisoned() {
        StringBuilder log = new StringBuilder();
        Mutex<StringBuilder> mutex = Mutex.of(log);
        assertThat(mutex.getMut()).isSameAs(log);
        try (MutexGuard<StringBuilder> guard = mutex.lock()) {
            assertThat(mutex.getMut()).isSameAs(log); // does not lock, so no re-entrance error
        }
        poisoned(mutex);
        assertThat(mutex.getMut()).isSameAs(log);
    }

    @Test
    void nullValuesAreAllowed() {
        Mutex<String> mutex = Mutex.of(null);
        try (MutexGuard<String> guard = mutex.lock()) {
            assertThat(guard.get()).isNull();
            guard.set("x");
        }
        assertThat(mutex.intoInner()).isEqualTo("x");
    }

    @Test
    void namesItsTypeForRunTimeMessages() {
        Mutex<Integer> mutex = Mutex.of(1);
        assertThat(dev.fearless.internal.RuntimeTypeName.of(mutex)).isEqualTo("Mutex<Integer>");
        assertThat(dev.fearless.internal.RuntimeTypeName.of(Mutex.of(Mutex.of("s")))).isEqualTo("Mutex<Mutex<String>>");
    }

    @Test
    void printsLikeRustsDebugWithoutBlocking() throws Exception {
        Mutex<Integer> mutex = Mutex.of(5);
        assertThat(mutex).hasToString("Mutex { data: 5, poisoned: false, .. }");
        try (MutexGuard<Integer> guard = mutex.lock()) {
            guard.set(6);
            assertThat(mutex).hasToString("Mutex { data: <locked>, poisoned: false, .. }");
            AnotherThread.Pending<String> other = AnotherThread.start(mutex::toString);
            assertThat(other.join()).isEqualTo("Mutex { data: <locked>, poisoned: false, .. }");
        }
        assertThat(mutex).hasToString("Mutex { data: 6, poisoned: false, .. }");
        assertThatThrownBy(() -> mutex.withLock(g -> { throw new IllegalArgumentException("boom"); }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(mutex).hasToString("Mutex { data: 6, poisoned: true, .. }");
        assertThatThrownBy(mutex::tryLock).as("toString released the lock")
                .isInstanceOf(PoisonException.class);
    }

    @Test
    void lockWaitIgnoresInterruptsAndKeepsTheFlag() throws Exception {
        Mutex<Integer> mutex = Mutex.of(0);
        MutexGuard<Integer> guard = mutex.lock();
        AnotherThread.Pending<Boolean> waiter = AnotherThread.start(() -> {
            try (MutexGuard<Integer> g = mutex.lock()) {
                g.set(1);
            }
            return Thread.currentThread().isInterrupted();
        });
        AnotherThread.awaitParked(waiter.thread);
        waiter.thread.interrupt();
        guard.close();
        assertThat(waiter.join()).isTrue();
        assertThat(mutex.getMut()).isEqualTo(1);
    }

    @RepeatedTest(3)
    void eightThreadsIncrementingExactly() throws Exception {
        int threads = 8;
        int perThread = 100_000;
        Mutex<long[]> counter = Mutex.of(new long[1]);
        CyclicBarrier start = new CyclicBarrier(threads);
        List<AnotherThread.Pending<Object>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(AnotherThread.start(() -> {
                await(start);
                for (int i = 0; i < perThread; i++) {
                    try (MutexGuard<long[]> guard = counter.lock()) {
                        guard.get()[0]++;
                    }
                }
                return null;
            }));
        }
        for (AnotherThread.Pending<Object> worker : workers) {
            worker.join();
        }
        assertThat(counter.intoInner()[0]).isEqualTo((long) threads * perThread);
    }

    @RepeatedTest(3)
    void mixedLockTryLockAndWithLockKeepMutualExclusion() {
        int threads = 4;
        int perThread = 20_000;
        Mutex<int[]> state = Mutex.of(new int[2]); // both cells always equal outside the lock
        AtomicBoolean torn = new AtomicBoolean();
        CountDownLatch go = new CountDownLatch(1);
        List<AnotherThread.Pending<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int kind = t % 3;
            workers.add(AnotherThread.start(() -> {
                awaitLatch(go);
                int done = 0;
                for (int i = 0; i < perThread; i++) {
                    if (kind == 0) {
                        try (MutexGuard<int[]> g = state.lock()) {
                            done += bump(g.get(), torn);
                        }
                    } else if (kind == 1) {
                        Optional<MutexGuard<int[]>> g = state.tryLock();
                        if (g.isPresent()) {
                            try (MutexGuard<int[]> held = g.get()) {
                                done += bump(held.get(), torn);
                            }
                        }
                    } else {
                        done += state.withLock(g -> bump(g.get(), torn));
                    }
                }
                return done;
            }));
        }
        go.countDown();
        int total = 0;
        for (AnotherThread.Pending<Integer> worker : workers) {
            total += worker.join();
        }
        assertThat(torn).isFalse();
        int[] cells = state.intoInner();
        assertThat(cells[0]).isEqualTo(total).isEqualTo(cells[1]);
    }

    private static int bump(int[] cells, AtomicBoolean torn) {
        if (cells[0] != cells[1]) {
            torn.set(true);
        }
        cells[0]++;
        Thread.onSpinWait();
        cells[1]++;
        return 1;
    }

    static <T> Mutex<T> poisoned(Mutex<T> mutex) {
        catchThrowable(() -> mutex.withLock(g -> {
            throw new IllegalStateException("failing holder");
        }));
        assertThat(mutex.isPoisoned()).isTrue();
        return mutex;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
