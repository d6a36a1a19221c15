package dev.fearless.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.PanicException;
import dev.fearless.thread.PanicReports;
import dev.fearless.thread.ScopedJoinHandle;
import dev.fearless.thread.Threads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** API.md, "Threads": {@code Threads.spawn}, {@code JoinHandle}, {@code Threads.scope}, the builder. */
@Timeout(20)
@ExtendWith(PanicReports.class)
class ThreadsContractTest {

    @Test
    void spawnRunsOnANewThreadAndJoinReturnsTheResult() {
        Thread caller = Thread.currentThread();
        JoinHandle<Thread> h = Threads.spawn(Thread::currentThread);
        assertThat(h.join()).isNotSameAs(caller);
        AtomicBoolean ran = new AtomicBoolean();
        Runnable body = () -> ran.set(true);
        JoinHandle<Void> r = Threads.spawn(body);
        assertThat(r.join()).isNull();
        assertThat(ran).isTrue();
    }

    @Test
    void joinThrowsAnUncheckedPanicExceptionWhoseCauseIsTheThreadsOwnException() {
        assertThat(RuntimeException.class).isAssignableFrom(PanicException.class);
        for (Throwable own : List.of(new IllegalStateException("x"), new AssertionError("y"))) {
            JoinHandle<Object> h = Threads.spawn(() -> {
                throw LocksContractTest.<RuntimeException>sneaky(own);
            });
            Throwable thrown = catchThrowable(h::join);
            assertThat(thrown).isInstanceOf(PanicException.class);
            assertThat(thrown.getCause()).isSameAs(own);
        }
        assertThat(PanicReports.reported()).as("each failure is also reported, as Rust prints a panic")
                .hasSize(2).extracting(Throwable::getMessage).containsExactly("x", "y");
    }

    @Test
    void isFinishedReportsWhetherTheThreadHasEnded() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        JoinHandle<Integer> h = Threads.spawn(() -> {
            LocksContractTest.awaitLatch(release);
            return 1;
        });
        assertThat(h.isFinished()).isFalse();
        release.countDown();
        assertThat(h.join()).isEqualTo(1);
        assertThat(h.isFinished()).isTrue();
    }

    @Test
    void builderNamesTheThread() {
        JoinHandle<String> h = Threads.builder().name("contract-worker").spawn(() -> Thread.currentThread().getName());
        assertThat(h.join()).isEqualTo("contract-worker");
        JoinHandle<Boolean> d = Threads.builder().daemon(true).spawn(() -> Thread.currentThread().isDaemon());
        assertThat(d.join()).isTrue();
    }

    @Test
    void aDiscardedJoinHandleNeitherJoinsNorCancelsItsThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Runnable body = () -> {
            LocksContractTest.awaitLatch(release);
            finished.countDown();
        };
        Threads.spawn(body); // handle discarded: this call returns while the thread waits
        assertThat(finished.getCount()).isEqualTo(1);
        System.gc();
        release.countDown();
        assertThat(finished.await(10, TimeUnit.SECONDS)).as("the thread ran to its end").isTrue();
    }

    @Test
    void scopeJoinsEveryThreadIncludingThoseSpawnedFromScopedThreads() {
        for (int round = 0; round < 20; round++) {
            AtomicInteger done = new AtomicInteger();
            int[] data = {1, 2, 3, 4};
            int sum = Threads.scope(s -> {
                for (int i = 0; i < 3; i++) {
                    s.spawn(() -> {
                        s.spawn(() -> {
                            Thread.yield();
                            done.incrementAndGet();
                        });
                        done.incrementAndGet();
                    });
                }
                ScopedJoinHandle<Integer> left = s.spawn(() -> data[0] + data[1]);
                ScopedJoinHandle<Integer> right = s.spawn(() -> data[2] + data[3]);
                return left.join() + right.join();
            });
            assertThat(sum).isEqualTo(10);
            assertThat(done).as("every thread joined before scope returned").hasValue(6);
        }
    }

    @Test
    void anUnjoinedThreadsFailureFailsTheScope() {
        IllegalStateException own = new IllegalStateException("scoped failure");
        Throwable thrown = catchThrowable(() -> Threads.scope(s -> {
            s.spawn(() -> {
                throw own;
            });
            return 1;
        }));
        assertThat(thrown).isInstanceOf(PanicException.class);
        assertThat(thrown.getCause()).isSameAs(own);
        assertThat(PanicReports.reported()).containsExactly(own);
    }

    @Test
    void aJoinedFailureIsTheJoinersToHandle() {
        int result = Threads.scope(s -> {
            ScopedJoinHandle<Integer> h = s.spawn(() -> {
                throw new IllegalStateException();
            });
            return catchThrowable(h::join) instanceof PanicException ? 1 : 0;
        });
        assertThat(result).isEqualTo(1);
        assertThat(PanicReports.reported()).singleElement().isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theScopeRethrowsTheBodysOwnExceptionObjectAfterJoining() {
        for (int round = 0; round < 10; round++) {
            RuntimeException own = new UnsupportedOperationException("body");
            AtomicBoolean threadDone = new AtomicBoolean();
            AtomicReference<Thread> scoped = new AtomicReference<>();
            Throwable thrown = catchThrowable(() -> Threads.scope(s -> {
                CountDownLatch started = new CountDownLatch(1);
                s.spawn(() -> {
                    scoped.set(Thread.currentThread());
                    started.countDown();
                    Thread.yield();
                    threadDone.set(true);
                });
                LocksContractTest.awaitLatch(started);
                throw own;
            }));
            assertThat(thrown).isSameAs(own);
            assertThat(threadDone).as("joined before the rethrow").isTrue();
            assertThat(scoped.get().isAlive()).isFalse();
        }
    }

    @Test
    void spawnedThreadsRunConcurrently() {
        int threads = 4;
        CountDownLatch all = new CountDownLatch(threads);
        List<JoinHandle<Boolean>> handles = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            handles.add(Threads.spawn(() -> {
                all.countDown();
                try {
                    return all.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }));
        }
        for (JoinHandle<Boolean> h : handles) {
            assertThat(h.join()).isTrue();
        }
    }
}
