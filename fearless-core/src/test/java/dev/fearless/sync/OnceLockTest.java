package dev.fearless.sync;

import dev.fearless.internal.RuntimeTypeName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // the locks ignore interrupts
class OnceLockTest {

    @Test
    void startsEmptyAndSetStoresOnce() {
        OnceLock<String> cell = new OnceLock<>();
        assertThat(cell.get()).isEmpty();
        assertThat(cell.set("first")).isEmpty();
        assertThat(cell.get()).contains("first");
        assertThat(cell.set("second")).as("handed back").contains("second");
        assertThat(cell.get()).contains("first");
    }

    @Test
    void getOrInitRunsTheInitializerOnlyWhenEmpty() {
        OnceLock<Integer> cell = new OnceLock<>();
        AtomicInteger runs = new AtomicInteger();
        assertThat(cell.getOrInit(() -> runs.incrementAndGet() * 42)).isEqualTo(42);
        assertThat(cell.getOrInit(() -> runs.incrementAndGet() * 1000)).isEqualTo(42);
        assertThat(runs).hasValue(1);
        assertThat(cell.set(7)).contains(7);
    }

    @Test
    void failingInitializerIsRethrownUnchangedAndLeavesTheCellEmpty() {
        OnceLock<String> cell = new OnceLock<>();
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        assertThat(catchThrowable(() -> cell.getOrInit(() -> {
            throw boom;
        }))).isSameAs(boom);
        assertThat(cell.get()).isEmpty();
        AssertionError error = new AssertionError("error");
        assertThat(catchThrowable(() -> cell.getOrInit(() -> {
            throw error;
        }))).isSameAs(error);
        assertThat(cell.getOrInit(() -> "second try")).isEqualTo("second try");
    }

    @Test
    void nullIsRefusedAndNothingIsStored() {
        OnceLock<String> cell = new OnceLock<>();
        assertThatThrownBy(() -> cell.set(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> cell.getOrInit(() -> null)).isInstanceOf(NullPointerException.class);
        assertThat(cell.get()).isEmpty();
    }

    @Test
    void reentrantInitializationThrowsInsteadOfDeadlocking() {
        OnceLock<String> cell = new OnceLock<>();
        Throwable thrown = catchThrowable(() -> cell.getOrInit(() -> cell.getOrInit(() -> "inner")));
        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("re-entrant");
        assertThat(catchThrowable(() -> cell.getOrInit(() -> cell.set("inner").map(v -> "no").orElse("yes"))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(cell.get()).isEmpty();
    }

    @Test
    void intoInnerKeepsTheValueAndTakeEmptiesTheCell() {
        OnceLock<String> cell = new OnceLock<>();
        assertThat(cell.intoInner()).isEmpty();
        cell.set("v");
        assertThat(cell.intoInner()).contains("v");
        assertThat(cell.get()).contains("v");
        assertThat(cell.take()).contains("v");
        assertThat(cell.get()).isEmpty();
        assertThat(cell.set("again")).isEmpty();
        assertThat(cell.take()).contains("again");
        assertThat(cell.take()).isEmpty();
    }

    @Test
    void waitersBlockWhileOneThreadInitializes() {
        OnceLock<String> cell = new OnceLock<>();
        CountDownLatch inInitializer = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AnotherThread.Pending<String> initializer = AnotherThread.start(() -> cell.getOrInit(() -> {
            inInitializer.countDown();
            awaitLatch(release);
            return "slow";
        }));
        awaitLatch(inInitializer);
        AnotherThread.Pending<String> waiter = AnotherThread.start(() -> cell.getOrInit(() -> "never"));
        AnotherThread.Pending<Optional<String>> setter = AnotherThread.start(() -> cell.set("late"));
        AnotherThread.awaitParked(waiter.thread);
        AnotherThread.awaitParked(setter.thread);
        assertThat(cell.get()).as("get never blocks").isEmpty();
        release.countDown();
        assertThat(initializer.join()).isEqualTo("slow");
        assertThat(waiter.join()).isEqualTo("slow");
        assertThat(setter.join()).contains("late");
    }

    @Test
    void afterAFailedInitializerAWaiterRunsItsOwn() {
        OnceLock<String> cell = new OnceLock<>();
        CountDownLatch inInitializer = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AnotherThread.Pending<String> failing = AnotherThread.start(() -> cell.getOrInit(() -> {
            inInitializer.countDown();
            awaitLatch(release);
            throw new IllegalStateException("first initializer failed");
        }));
        awaitLatch(inInitializer);
        AnotherThread.Pending<String> waiter = AnotherThread.start(() -> cell.getOrInit(() -> "second"));
        AnotherThread.awaitParked(waiter.thread);
        release.countDown();
        assertThat(failing.failure()).hasMessage("first initializer failed");
        assertThat(waiter.join()).isEqualTo("second");
    }

    @RepeatedTest(5)
    void racingSetsExactlyOneWins() {
        int threads = 8;
        OnceLock<Integer> cell = new OnceLock<>();
        CyclicBarrier start = new CyclicBarrier(threads);
        List<AnotherThread.Pending<Optional<Integer>>> racers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int mine = t;
            racers.add(AnotherThread.start(() -> {
                awaitBarrier(start);
                return cell.set(mine);
            }));
        }
        List<Integer> winners = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Optional<Integer> handedBack = racers.get(t).join();
            if (handedBack.isEmpty()) {
                winners.add(t);
            } else {
                assertThat(handedBack).contains(t);
            }
        }
        assertThat(winners).hasSize(1);
        assertThat(cell.get()).contains(winners.get(0));
    }

    @RepeatedTest(5)
    void racingGetOrInitRunsOneInitializerAndAllSeeItsValue() {
        int threads = 8;
        OnceLock<Object> cell = new OnceLock<>();
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger concurrentRuns = new AtomicInteger();
        AtomicInteger maxConcurrentRuns = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(threads);
        List<AnotherThread.Pending<Object>> racers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            racers.add(AnotherThread.start(() -> {
                awaitBarrier(start);
                return cell.getOrInit(() -> {
                    maxConcurrentRuns.accumulateAndGet(concurrentRuns.incrementAndGet(), Math::max);
                    runs.incrementAndGet();
                    Thread.yield();
                    concurrentRuns.decrementAndGet();
                    return new Object();
                });
            }));
        }
        Object first = racers.get(0).join();
        for (AnotherThread.Pending<Object> racer : racers) {
            assertThat(racer.join()).isSameAs(first);
        }
        assertThat(runs).hasValue(1);
        assertThat(maxConcurrentRuns).hasValue(1);
    }

    @Test
    void valueStoredByOneThreadIsFullyVisibleToAnother() {
        OnceLock<int[]> cell = new OnceLock<>();
        AnotherThread.call(() -> cell.set(new int[] {1, 2, 3}));
        int[] seen = AnotherThread.call(() -> cell.get().orElseThrow());
        assertThat(seen).containsExactly(1, 2, 3);
    }

    @Test
    void namesItsTypeForRunTimeMessages() {
        OnceLock<Integer> cell = new OnceLock<>();
        assertThat(RuntimeTypeName.of(cell)).isEqualTo("OnceLock<?>");
        cell.set(1);
        assertThat(RuntimeTypeName.of(cell)).isEqualTo("OnceLock<Integer>");
        assertThat(cell.toString()).isEqualTo("OnceLock<Integer>");
    }

    static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitBarrier(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
