package dev.fearless.sync;

import dev.fearless.internal.RuntimeTypeName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // the locks ignore interrupts
class LazyLockTest {

    @Test
    void computesOnFirstGetOnly() {
        AtomicInteger runs = new AtomicInteger();
        LazyLock<String> lazy = LazyLock.of(() -> "value " + runs.incrementAndGet());
        assertThat(runs).hasValue(0);
        assertThat(lazy.get()).isEqualTo("value 1");
        assertThat(lazy.get()).isEqualTo("value 1");
        assertThat(runs).hasValue(1);
    }

    @Test
    void nullIsAValidValue() {
        AtomicInteger runs = new AtomicInteger();
        LazyLock<String> lazy = LazyLock.of(() -> {
            runs.incrementAndGet();
            return null;
        });
        assertThat(lazy.get()).isNull();
        assertThat(lazy.get()).isNull();
        assertThat(runs).hasValue(1);
    }

    @Test
    void failedInitializerPoisonsEveryLaterGet() {
        AtomicInteger runs = new AtomicInteger();
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        LazyLock<String> lazy = LazyLock.of(() -> {
            runs.incrementAndGet();
            throw boom;
        });
        assertThat(catchThrowable(lazy::get)).isSameAs(boom);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(lazy::get)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("poisoned")
                    .hasCause(boom);
        }
        assertThat(AnotherThread.failure(lazy::get)).hasMessageContaining("poisoned");
        assertThat(runs).hasValue(1);
    }

    @Test
    void errorsPoisonToo() {
        AssertionError error = new AssertionError("broken");
        LazyLock<String> lazy = LazyLock.of(() -> {
            throw error;
        });
        assertThat(catchThrowable(lazy::get)).isSameAs(error);
        assertThatThrownBy(lazy::get).hasMessageContaining("poisoned");
    }

    @Test
    @SuppressWarnings("unchecked")
    void reentrantGetThrowsInsteadOfDeadlocking() {
        LazyLock<String>[] self = new LazyLock[1];
        self[0] = LazyLock.of(() -> "x" + self[0].get());
        Throwable thrown = catchThrowable(self[0]::get);
        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("re-entrant");
        assertThatThrownBy(self[0]::get).hasMessageContaining("poisoned");
    }

    @Test
    void waitersOfAFailingInitializerSeeThePoison() {
        CountDownLatch inInitializer = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LazyLock<String> lazy = LazyLock.of(() -> {
            inInitializer.countDown();
            OnceLockTest.awaitLatch(release);
            throw new IllegalStateException("initializer failed");
        });
        AnotherThread.Pending<String> first = AnotherThread.start(lazy::get);
        OnceLockTest.awaitLatch(inInitializer);
        AnotherThread.Pending<String> waiter = AnotherThread.start(lazy::get);
        AnotherThread.awaitParked(waiter.thread);
        release.countDown();
        assertThat(first.failure()).hasMessage("initializer failed");
        assertThat(waiter.failure()).isInstanceOf(IllegalStateException.class).hasMessageContaining("poisoned");
    }

    @RepeatedTest(5)
    void racingGetsRunTheInitializerOnce() {
        int threads = 8;
        AtomicInteger runs = new AtomicInteger();
        LazyLock<Object> lazy = LazyLock.of(() -> {
            runs.incrementAndGet();
            Thread.yield();
            return new Object();
        });
        CyclicBarrier start = new CyclicBarrier(threads);
        List<AnotherThread.Pending<Object>> racers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            racers.add(AnotherThread.start(() -> {
                OnceLockTest.awaitBarrier(start);
                return lazy.get();
            }));
        }
        Object value = racers.get(0).join();
        for (AnotherThread.Pending<Object> racer : racers) {
            assertThat(racer.join()).isSameAs(value);
        }
        assertThat(runs).hasValue(1);
    }

    @Test
    void namesItsTypeWithoutInitializing() {
        AtomicInteger runs = new AtomicInteger();
        LazyLock<Integer> lazy = LazyLock.of(runs::incrementAndGet);
        assertThat(lazy.toString()).isEqualTo("LazyLock<?>");
        assertThat(runs).hasValue(0);
        lazy.get();
        assertThat(RuntimeTypeName.of(lazy)).isEqualTo("LazyLock<Integer>");
    }
}
