package dev.fearless.thread;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@ExtendWith(PanicReports.class)
class ThreadsTest {

    @Test
    void joinReturnsTheSuppliersResult() {
        JoinHandle<Integer> handle = Threads.spawn(() -> 6 * 7);
        assertThat(handle.join()).isEqualTo(42);
    }

    @Test
    void runnableBodyJoinsToNull() {
        AtomicInteger ran = new AtomicInteger();
        JoinHandle<Void> handle = Threads.spawn(() -> {
            ran.incrementAndGet();
        });
        assertThat(handle.join()).isNull();
        assertThat(ran).hasValue(1);
    }

    @Test
    void bodyRunsOnANewThread() {
        Thread caller = Thread.currentThread();
        JoinHandle<Thread> handle = Threads.spawn(Thread::currentThread);
        Thread ran = handle.join();
        assertThat(ran).isNotSameAs(caller).isSameAs(handle.thread());
        assertThat(ran.isAlive()).isFalse();
    }

    @Test
    void failureIsThrownAsPanicExceptionWithTheSameCause() {
        IllegalStateException boom = new IllegalStateException("boom");
        JoinHandle<Void> handle = Threads.spawn(() -> {
            throw boom;
        });
        assertThatThrownBy(handle::join).isInstanceOf(PanicException.class).hasCauseReference(boom)
                .hasMessageContaining("boom");
    }

    @Test
    void errorsArePanicsToo() {
        AssertionError error = new AssertionError("assertion in thread");
        JoinHandle<Object> handle = Threads.spawn(() -> {
            throw error;
        });
        assertThatThrownBy(handle::join).isInstanceOf(PanicException.class).hasCauseReference(error);
    }

    @Test
    void joinIsRepeatableAndReportsTheSameOutcome() {
        JoinHandle<String> ok = Threads.spawn(() -> "x");
        assertThat(ok.join()).isEqualTo("x");
        assertThat(ok.join()).isEqualTo("x");
        RuntimeException boom = new RuntimeException();
        JoinHandle<Void> failed = Threads.spawn(() -> {
            throw boom;
        });
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(failed::join).isInstanceOf(PanicException.class).hasCauseReference(boom);
        }
    }

    @Test
    void failureIsReportedToTheUncaughtExceptionHandler() throws Exception {
        IllegalArgumentException boom = new IllegalArgumentException();
        JoinHandle<Void> handle = Threads.spawn(() -> {
            throw boom;
        });
        handle.thread().join(); // the report happens before the thread ends, joined through the handle or not
        assertThat(PanicReports.reported()).containsExactly(boom);
    }

    @Test
    void isFinishedTurnsTrueWhenTheBodyEnds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        JoinHandle<Void> handle = Threads.spawn(() -> {
            await(release);
        });
        assertThat(handle.isFinished()).isFalse();
        release.countDown();
        handle.join();
        assertThat(handle.isFinished()).isTrue();
    }

    @Test
    void discardedHandleNeitherJoinsNorCancels() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Threads.spawn(() -> {
            await(release);
            done.countDown();
        }); // handle dropped: the spawn returned while the thread waits
        assertThat(done.getCount()).isEqualTo(1);
        release.countDown();
        done.await(); // the detached thread still ran to completion
    }

    @Test
    void aThreadCannotJoinItself() {
        AtomicInteger outcome = new AtomicInteger();
        JoinHandle<?>[] self = new JoinHandle<?>[1];
        CountDownLatch published = new CountDownLatch(1);
        JoinHandle<Void> handle = Threads.spawn(() -> {
            await(published);
            try {
                self[0].join();
            } catch (IllegalStateException expected) {
                outcome.set(1);
            }
        });
        self[0] = handle;
        published.countDown();
        handle.join();
        assertThat(outcome).hasValue(1);
    }

    @Test
    void interruptDuringJoinKeepsWaitingAndRestoresTheFlag() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        JoinHandle<String> worker = Threads.spawn(() -> {
            await(release);
            return "done";
        });
        AtomicBoolean flagAfterJoin = new AtomicBoolean();
        List<String> joined = new CopyOnWriteArrayList<>();
        CountDownLatch joining = new CountDownLatch(1);
        Thread joiner = new Thread(() -> {
            joining.countDown();
            joined.add(worker.join());
            flagAfterJoin.set(Thread.currentThread().isInterrupted());
        });
        joiner.start();
        joining.await();
        joiner.interrupt();
        release.countDown();
        joiner.join();
        assertThat(joined).containsExactly("done");
        assertThat(flagAfterJoin).isTrue();
    }

    @Test
    void spawnAndJoinPublishWrites() {
        int[] box = new int[1];
        box[0] = 1;
        JoinHandle<Void> handle = Threads.spawn(() -> {
            box[0] += 41; // sees the write made before spawn
        });
        handle.join();
        assertThat(box[0]).isEqualTo(42); // sees the thread's write after join
    }

    @RepeatedTest(5)
    void manyThreadsEachJoinToTheirOwnResult() {
        List<JoinHandle<Integer>> handles = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            int n = i;
            handles.add(Threads.spawn(() -> n * n));
        }
        for (int i = 0; i < handles.size(); i++) {
            assertThat(handles.get(i).join()).isEqualTo(i * i);
        }
    }

    @Test
    void concurrentJoinersAllSeeTheResult() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        JoinHandle<String> worker = Threads.spawn(() -> {
            await(release);
            return "shared";
        });
        List<JoinHandle<String>> joiners = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            joiners.add(Threads.spawn(worker::join));
        }
        release.countDown();
        for (JoinHandle<String> joiner : joiners) {
            assertThat(joiner.join()).isEqualTo("shared");
        }
    }

    @Test
    void sleepWaitsAndKeepsTheInterruptFlag() {
        Thread.currentThread().interrupt();
        try {
            long start = System.nanoTime();
            Threads.sleep(Duration.ofMillis(20));
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(20).toNanos());
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        Threads.sleep(Duration.ofMillis(-5)); // returns at once
        Threads.sleep(Duration.ZERO);
    }

    @Test
    void nullBodyIsRejected() {
        assertThatThrownBy(() -> Threads.spawn((Runnable) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Threads.spawn((java.util.function.Supplier<Object>) null))
                .isInstanceOf(NullPointerException.class);
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
