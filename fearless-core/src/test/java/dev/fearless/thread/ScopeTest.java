package dev.fearless.thread;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static dev.fearless.thread.ThreadsTest.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@ExtendWith(PanicReports.class)
class ScopeTest {

    @Test
    void returnsTheBodysResultAfterJoiningEveryThread() {
        int[] data = {1, 2, 3, 4};
        int[] sums = new int[2];
        String result = Threads.scope(s -> {
            s.spawn(() -> {
                sums[0] = data[0] + data[1];
            });
            s.spawn(() -> {
                sums[1] = data[2] + data[3];
            });
            return "body";
        });
        assertThat(result).isEqualTo("body");
        assertThat(sums).containsExactly(3, 7); // written by the threads, visible after the scope
    }

    @Test
    void scopedHandlesJoinToResults() {
        int total = Threads.scope(s -> {
            ScopedJoinHandle<Integer> a = s.spawn(() -> 20);
            ScopedJoinHandle<Integer> b = s.spawn(() -> 22);
            return a.join() + b.join();
        });
        assertThat(total).isEqualTo(42);
    }

    @Test
    void unjoinedThreadsAreFinishedWhenTheScopeReturns() {
        List<ScopedJoinHandle<Void>> handles = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        Threads.scope(s -> {
            for (int i = 0; i < 8; i++) {
                handles.add(s.spawn(() -> {
                    Threads.sleep(java.time.Duration.ofMillis(5));
                    done.incrementAndGet();
                }));
            }
            return null;
        });
        assertThat(done).hasValue(8);
        for (ScopedJoinHandle<Void> handle : handles) {
            assertThat(handle.isFinished()).isTrue();
            assertThat(handle.thread().isAlive()).isFalse();
        }
    }

    @RepeatedTest(5)
    void threadsSpawnedByScopedThreadsAreJoinedToo() {
        AtomicInteger leaves = new AtomicInteger();
        Threads.scope(s -> {
            for (int i = 0; i < 4; i++) {
                s.spawn(() -> {
                    for (int j = 0; j < 4; j++) {
                        s.spawn(() -> {
                            Threads.sleep(java.time.Duration.ofMillis(1));
                            s.spawn(() -> {
                                leaves.incrementAndGet();
                            });
                        });
                    }
                });
            }
            return null;
        });
        assertThat(leaves).hasValue(16);
    }

    @Test
    void anUnjoinedFailureFailsTheScope() {
        IllegalStateException boom = new IllegalStateException("boom");
        AtomicBoolean otherFinished = new AtomicBoolean();
        assertThatThrownBy(() -> Threads.scope(s -> {
            s.spawn(() -> {
                throw boom;
            });
            s.spawn(() -> {
                Threads.sleep(java.time.Duration.ofMillis(20));
                otherFinished.set(true);
            });
            return "unreached";
        })).isInstanceOf(PanicException.class).hasCauseReference(boom);
        assertThat(otherFinished).isTrue(); // every thread was joined before the scope failed
    }

    @Test
    void severalUnjoinedFailuresAreReportedAsCauseAndSuppressed() {
        RuntimeException first = new RuntimeException("first");
        Error second = new AssertionError("second");
        Throwable thrown = catchThrowable(() -> Threads.scope(s -> {
            ScopedJoinHandle<Void> h = s.spawn(() -> {
                throw first;
            });
            while (!h.isFinished()) {
                Thread.onSpinWait();
            }
            s.spawn(() -> {
                throw second;
            });
            return null;
        }));
        assertThat(thrown).isInstanceOf(PanicException.class).hasCauseReference(first);
        assertThat(thrown.getSuppressed()).containsExactly(second);
    }

    @Test
    void aJoinedFailureIsTheJoinersToHandle() {
        IllegalStateException boom = new IllegalStateException();
        AtomicReference<Throwable> seen = new AtomicReference<>();
        String result = Threads.scope(s -> {
            ScopedJoinHandle<Void> h = s.spawn(() -> {
                throw boom;
            });
            try {
                h.join();
            } catch (PanicException e) {
                seen.set(e.getCause());
            }
            return "handled";
        });
        assertThat(result).isEqualTo("handled");
        assertThat(seen.get()).isSameAs(boom);
    }

    @Test
    void theBodysOwnExceptionWinsAsTheSameObjectAfterJoining() {
        IllegalArgumentException bodyFailure = new IllegalArgumentException("body");
        IllegalStateException threadFailure = new IllegalStateException("thread");
        AtomicBoolean slowFinished = new AtomicBoolean();
        Throwable thrown = catchThrowable(() -> Threads.scope(s -> {
            s.spawn(() -> {
                throw threadFailure;
            });
            s.spawn(() -> {
                Threads.sleep(java.time.Duration.ofMillis(20));
                slowFinished.set(true);
            });
            throw bodyFailure;
        }));
        assertThat(thrown).isSameAs(bodyFailure);
        assertThat(thrown.getSuppressed()).containsExactly(threadFailure);
        assertThat(slowFinished).isTrue();
    }

    @Test
    void aBodyErrorIsRethrownUnchanged() {
        StackOverflowError error = new StackOverflowError();
        assertThatThrownBy(() -> Threads.scope(s -> {
            throw error;
        })).isSameAs(error);
    }

    @Test
    void spawningOnAnEndedScopeThrows() {
        AtomicReference<Scope> escaped = new AtomicReference<>();
        Threads.scope(s -> {
            escaped.set(s);
            return null;
        });
        assertThatThrownBy(() -> escaped.get().spawn(() -> 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ended");
        assertThatThrownBy(() -> escaped.get().spawn(() -> { })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void interruptWhileWaitingForScopedThreadsKeepsWaitingAndRestoresTheFlag() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicBoolean finishedBeforeReturn = new AtomicBoolean();
        AtomicBoolean flagAfter = new AtomicBoolean();
        Thread owner = new Thread(() -> {
            AtomicBoolean finished = new AtomicBoolean();
            Threads.scope(s -> {
                s.spawn(() -> {
                    await(release);
                    finished.set(true);
                });
                waiting.countDown();
                return null;
            });
            finishedBeforeReturn.set(finished.get());
            flagAfter.set(Thread.currentThread().isInterrupted());
        });
        owner.start();
        waiting.await();
        owner.interrupt();
        release.countDown();
        owner.join();
        assertThat(finishedBeforeReturn).isTrue();
        assertThat(flagAfter).isTrue();
    }

    @Test
    void nestedScopes() {
        List<String> order = new CopyOnWriteArrayList<>();
        Threads.scope(outer -> {
            outer.spawn(() -> {
                Threads.scope(inner -> {
                    inner.spawn(() -> {
                        order.add("inner thread");
                    });
                    return null;
                });
                order.add("after inner scope");
            });
            return null;
        });
        assertThat(order).containsExactly("inner thread", "after inner scope");
    }

    @RepeatedTest(5)
    void scopedThreadsUnderContentionAllRunOnce() {
        AtomicInteger runs = new AtomicInteger();
        int[] slots = new int[40];
        Threads.scope(s -> {
            for (int i = 0; i < slots.length; i++) {
                int n = i;
                s.spawn(() -> {
                    slots[n]++;
                    runs.incrementAndGet();
                });
            }
            return null;
        });
        assertThat(runs).hasValue(slots.length);
        assertThat(slots).containsOnly(1);
    }

    private static Throwable catchThrowable(Runnable r) {
        try {
            r.run();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("nothing was thrown");
    }
}
