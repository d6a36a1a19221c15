package dev.fearless.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fearless.sync.Condvar;
import dev.fearless.sync.LazyLock;
import dev.fearless.sync.Mutex;
import dev.fearless.sync.MutexGuard;
import dev.fearless.sync.OnceLock;
import dev.fearless.sync.PoisonException;
import dev.fearless.sync.WaitTimeoutResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** API.md, "Locks": {@code Condvar}, {@code OnceLock}, {@code LazyLock}. */
@Timeout(20)
class CondvarOnceLazyContractTest {

    // ---- Condvar ------------------------------------------------------------------------------

    @Test
    void awaitReturnsWithTheSameGuardHoldingTheLockAndSignalNeedNotHoldIt() throws Exception {
        Mutex<Boolean> m = Mutex.of(false);
        Condvar cv = new Condvar();
        CompletableFuture<Void> signaller;
        try (MutexGuard<Boolean> g = m.lock()) {
            signaller = OnAnotherThread.start(() -> {
                m.withLock(x -> {
                    x.set(true);
                    return null;
                });
                cv.signalOne(); // outside the lock
                return null;
            });
            while (!g.get()) {
                cv.await(g);
            }
            assertThat(g.get()).isTrue();
            assertThat(OnAnotherThread.call(m::tryLock)).as("the guard holds the lock again").isEmpty();
        }
        signaller.get(10, TimeUnit.SECONDS);
        assertThat(m.tryLock().map(x -> {
            x.close();
            return true;
        })).contains(true);
    }

    @Test
    void awaitWhileWaitsWhileThePredicateOnTheValueIsTrue() throws Exception {
        Mutex<Integer> m = Mutex.of(0);
        Condvar cv = new Condvar();
        CompletableFuture<Void> producer = OnAnotherThread.start(() -> {
            for (int i = 0; i < 5; i++) {
                m.withLock(g -> {
                    g.update(v -> v + 1);
                    return null;
                });
                cv.signalAll();
            }
            return null;
        });
        try (MutexGuard<Integer> g = m.lock()) {
            cv.awaitWhile(g, v -> v < 5);
            assertThat(g.get()).isEqualTo(5);
        }
        producer.get(10, TimeUnit.SECONDS);
    }

    @Test
    void awaitOnAMutexPoisonedMeanwhileReacquiresThenThrowsAndTheGuardStaysValid() throws Exception {
        for (int round = 0; round < 20; round++) {
            Mutex<Integer> m = Mutex.of(0);
            Condvar cv = new Condvar();
            MutexGuard<Integer> g = m.lock();
            CompletableFuture<Void> poisoner = OnAnotherThread.start(() -> {
                catchThrowable(() -> m.withLock(x -> {
                    x.set(7);
                    throw new IllegalStateException("poison");
                }));
                cv.signalAll();
                return null;
            });
            Throwable thrown = null;
            while (thrown == null) {
                thrown = catchThrowable(() -> cv.await(g));
            }
            assertThat(thrown).isInstanceOf(PoisonException.class);
            assertThat(g.get()).as("the guard holds the lock again").isEqualTo(7);
            assertThat(OnAnotherThread.call(() -> m.tryLock().isPresent())).isFalse();
            g.close();
            poisoner.get(10, TimeUnit.SECONDS);
            assertThat(OnAnotherThread.call(() -> {
                try (MutexGuard<Integer> other = m.lockIgnoringPoison()) {
                    return other.get();
                }
            })).isEqualTo(7);
        }
    }

    @Test
    void awaitTimeoutWithTheLargestDurationDoesNotOverflow() throws Exception {
        Mutex<Boolean> m = Mutex.of(false);
        Condvar cv = new Condvar();
        CompletableFuture<Void> signaller;
        try (MutexGuard<Boolean> g = m.lock()) {
            signaller = OnAnotherThread.start(() -> {
                m.withLock(x -> {
                    x.set(true);
                    return null;
                });
                cv.signalAll();
                return null;
            });
            while (!g.get()) {
                WaitTimeoutResult r = cv.awaitTimeout(g, Duration.ofMillis(Long.MAX_VALUE));
                assertThat(r.timedOut()).as("an overflowed deadline would time out at once").isFalse();
            }
        }
        signaller.get(10, TimeUnit.SECONDS);
    }

    @Test
    void awaitTimeoutTimesOutWithTheGuardHoldingTheLock() {
        Mutex<Integer> m = Mutex.of(1);
        Condvar cv = new Condvar();
        try (MutexGuard<Integer> g = m.lock()) {
            WaitTimeoutResult r;
            do {
                r = cv.awaitTimeout(g, Duration.ofMillis(5));
            } while (!r.timedOut());
            assertThat(g.get()).isEqualTo(1);
            assertThat(OnAnotherThread.call(() -> m.tryLock().isPresent())).isFalse();
        }
    }

    @Test
    void signalAllWakesEveryWaiter() throws Exception {
        Mutex<Boolean> go = Mutex.of(false);
        Mutex<Integer> waiting = Mutex.of(0);
        Condvar cv = new Condvar();
        int waiters = 4;
        List<CompletableFuture<Boolean>> all = new ArrayList<>();
        for (int i = 0; i < waiters; i++) {
            all.add(OnAnotherThread.start(() -> {
                try (MutexGuard<Boolean> g = go.lock()) {
                    waiting.withLock(w -> w.replace(w.get() + 1));
                    cv.awaitWhile(g, v -> !v);
                    return g.get();
                }
            }));
        }
        while (waiting.<Integer>withLock(MutexGuard::get) < waiters) {
            Thread.onSpinWait();
        }
        go.withLock(g -> g.replace(true));
        cv.signalAll();
        for (CompletableFuture<Boolean> f : all) {
            assertThat(f.get(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    // ---- OnceLock -----------------------------------------------------------------------------

    @Test
    void onceLockSetGetAndIntoInner() {
        OnceLock<String> cell = new OnceLock<>();
        assertThat(cell.get()).isEmpty();
        String first = new String("first");
        String second = new String("second");
        assertThat(cell.set(first)).as("empty = stored").isEmpty();
        assertThat(cell.set(second)).as("the value handed back").containsSame(second);
        assertThat(cell.get()).containsSame(first);
        assertThat(cell.getOrInit(() -> "other")).isSameAs(first);
        assertThat(cell.intoInner()).containsSame(first);
        assertThat(new OnceLock<String>().intoInner()).isEmpty();
    }

    @Test
    void getOrInitRethrowsTheInitializersExceptionUnchangedAndLeavesTheCellEmpty() {
        OnceLock<String> cell = new OnceLock<>();
        RuntimeException boom = new IllegalArgumentException("init");
        assertThat(catchThrowable(() -> cell.getOrInit(() -> {
            throw boom;
        }))).isSameAs(boom);
        assertThat(cell.get()).isEmpty();
        assertThat(cell.getOrInit(() -> "ok")).isEqualTo("ok");
        assertThat(cell.get()).contains("ok");
    }

    @Test
    void getOrInitRunsOneInitializerUnderContention() throws Exception {
        for (int round = 0; round < 50; round++) {
            OnceLock<Object> cell = new OnceLock<>();
            AtomicInteger runs = new AtomicInteger();
            int threads = 4;
            CyclicBarrier barrier = new CyclicBarrier(threads);
            List<CompletableFuture<Object>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(OnAnotherThread.start(() -> {
                    HandlesContractTest.await(barrier);
                    return cell.getOrInit(() -> {
                        runs.incrementAndGet();
                        return new Object();
                    });
                }));
            }
            Object first = results.get(0).get(10, TimeUnit.SECONDS);
            for (CompletableFuture<Object> f : results) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isSameAs(first);
            }
            assertThat(runs).hasValue(1);
            assertThat(cell.get()).containsSame(first);
        }
    }

    // ---- LazyLock -----------------------------------------------------------------------------

    @Test
    void lazyLockComputesOnceUnderContention() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        LazyLock<Object> lazy = LazyLock.of(() -> {
            runs.incrementAndGet();
            return new Object();
        });
        assertThat(runs).as("nothing runs before the first get").hasValue(0);
        int threads = 4;
        CyclicBarrier barrier = new CyclicBarrier(threads);
        List<CompletableFuture<Object>> results = new CopyOnWriteArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(OnAnotherThread.start(() -> {
                HandlesContractTest.await(barrier);
                return lazy.get();
            }));
        }
        Object value = lazy.get();
        for (CompletableFuture<Object> f : results) {
            assertThat(f.get(10, TimeUnit.SECONDS)).isSameAs(value);
        }
        assertThat(runs).hasValue(1);
    }

    @Test
    void afterAFailedInitializerEveryGetSaysItIsPoisoned() {
        RuntimeException boom = new IllegalStateException("init failed");
        AtomicInteger runs = new AtomicInteger();
        LazyLock<String> lazy = LazyLock.of(() -> {
            runs.incrementAndGet();
            throw boom;
        });
        Throwable first = catchThrowable(lazy::get);
        assertThat(first).as("the first caller gets the initializer's own exception").isSameAs(boom);
        for (int i = 0; i < 3; i++) {
            Throwable later = catchThrowable(lazy::get);
            assertThat(later).isNotNull();
            assertThat(later.getMessage()).containsIgnoringCase("poisoned");
        }
        Throwable fromAnotherThread = OnAnotherThread.failure(lazy::get);
        assertThat(fromAnotherThread.getMessage()).containsIgnoringCase("poisoned");
        assertThat(runs).hasValue(1);
    }
}
