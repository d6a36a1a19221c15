package dev.fearless.sync;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Contention: every test repeats its race many times and fails by timeout rather than hang. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ArcConcurrencyTest {
    /** A value that counts its cleanups and knows whether it is still alive. */
    static final class Resource implements AutoCloseable {
        final AtomicInteger closes = new AtomicInteger();

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }

    /** Runs each body on its own thread, all released together; rethrows the first failure. */
    static void race(Runnable... bodies) throws Exception {
        CyclicBarrier start = new CyclicBarrier(bodies.length);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (Runnable body : bodies) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    body.run();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    @RepeatedTest(3)
    void eightThreadsCloningAndClosingEndAtTheStartingCountWithOneCleanup() throws Exception {
        Resource r = new Resource();
        Arc<Resource> root = Arc.of(r);
        Runnable[] workers = new Runnable[8];
        for (int i = 0; i < workers.length; i++) {
            Arc<Resource> mine = root.clone();
            workers[i] = () -> {
                for (int n = 0; n < 100_000; n++) {
                    mine.clone().close();
                }
                mine.close();
            };
        }
        race(workers);
        assertThat(Arc.strongCount(root)).isEqualTo(1);
        assertThat(r.closes).hasValue(0);
        root.close();
        assertThat(r.closes).hasValue(1);
    }

    @Test
    void lastCloseOnAnyOfManyThreadsRunsCleanupExactlyOnce() throws Exception {
        for (int round = 0; round < 300; round++) {
            Resource r = new Resource();
            Arc<Resource> root = Arc.of(r);
            Runnable[] workers = new Runnable[4];
            for (int i = 0; i < workers.length; i++) {
                Arc<Resource> mine = root.clone();
                workers[i] = () -> {
                    for (int n = 0; n < 50; n++) {
                        mine.clone().close();
                    }
                    mine.close();
                };
            }
            root.close();
            race(workers);
            assertThat(r.closes).hasValue(1);
        }
    }

    @Test
    void upgradeRacingTheLastCloseNeverRevivesAndCleanupRunsOnce() throws Exception {
        for (int round = 0; round < 1_000; round++) {
            Resource r = new Resource();
            Arc<Resource> strong = Arc.of(r);
            Arc.Weak<Resource> weak = Arc.downgrade(strong);
            AtomicReference<Optional<Arc<Resource>>> got = new AtomicReference<>();
            AtomicInteger closesSeenByUpgrader = new AtomicInteger(-1);
            race(strong::close, () -> {
                Optional<Arc<Resource>> up = weak.upgrade();
                got.set(up);
                up.ifPresent(h -> {
                    closesSeenByUpgrader.set(h.get().closes.get());
                    h.close();
                });
            });
            if (got.get().isPresent()) {
                assertThat(closesSeenByUpgrader).as("upgraded a value whose cleanup had run").hasValue(0);
            }
            assertThat(r.closes).hasValue(1);
            assertThat(weak.upgrade()).isEmpty();
            assertThat(weak.strongCount()).isZero();
            weak.close();
        }
    }

    @Test
    void manyUpgradersAndClosersKeepCountsExact() throws Exception {
        Resource r = new Resource();
        Arc<Resource> root = Arc.of(r);
        Arc.Weak<Resource> weak = Arc.downgrade(root);
        Runnable[] workers = new Runnable[6];
        for (int i = 0; i < workers.length; i++) {
            Arc.Weak<Resource> mine = weak.clone();
            workers[i] = () -> {
                for (int n = 0; n < 20_000; n++) {
                    Arc<Resource> h = mine.upgrade().orElseThrow();
                    Arc.Weak<Resource> w2 = Arc.downgrade(h);
                    h.close();
                    w2.close();
                }
                mine.close();
            };
        }
        race(workers);
        assertThat(Arc.strongCount(root)).isEqualTo(1);
        assertThat(Arc.weakCount(root)).isEqualTo(1);
        assertThat(r.closes).hasValue(0);
        root.close();
        assertThat(r.closes).hasValue(1);
        weak.close();
    }

    @Test
    void intoInnerRacingOnManyHandlesHasExactlyOneWinner() throws Exception {
        for (int round = 0; round < 300; round++) {
            Resource r = new Resource();
            Arc<Resource> root = Arc.of(r);
            List<Arc<Resource>> handles = new ArrayList<>();
            handles.add(root);
            for (int i = 1; i < 4; i++) {
                handles.add(root.clone());
            }
            AtomicInteger winners = new AtomicInteger();
            AtomicReference<Resource> won = new AtomicReference<>();
            Runnable[] bodies = handles.stream().<Runnable>map(h -> () -> Arc.intoInner(h).ifPresent(v -> {
                winners.incrementAndGet();
                won.set(v);
            })).toArray(Runnable[]::new);
            race(bodies);
            assertThat(winners).hasValue(1);
            assertThat(won.get()).isSameAs(r);
            assertThat(r.closes).hasValue(0);
        }
    }

    @Test
    void twoThreadsClosingTheSameHandleDecrementOnce() throws Exception {
        for (int round = 0; round < 1_000; round++) {
            Resource r = new Resource();
            Arc<Resource> keep = Arc.of(r);
            Arc<Resource> shared = keep.clone();
            AtomicInteger succeeded = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            Runnable closer = () -> {
                try {
                    shared.close();
                    succeeded.incrementAndGet();
                } catch (IllegalStateException e) {
                    refused.incrementAndGet();
                }
            };
            race(closer, closer);
            assertThat(succeeded).hasValue(1);
            assertThat(refused).hasValue(1);
            assertThat(Arc.strongCount(keep)).isEqualTo(1);
            assertThat(r.closes).hasValue(0);
            keep.close();
            assertThat(r.closes).hasValue(1);
        }
    }

    @Test
    void whileCleanupRunsTheValueIsDeadToEveryoneElse() throws Exception {
        CountDownLatch cleanupStarted = new CountDownLatch(1);
        CountDownLatch finishCleanup = new CountDownLatch(1);
        AutoCloseable slow = () -> {
            cleanupStarted.countDown();
            finishCleanup.await();
        };
        Arc<AutoCloseable> strong = Arc.of(slow);
        Arc.Weak<AutoCloseable> weak = Arc.downgrade(strong);
        Thread closer = new Thread(strong::close);
        closer.start();
        cleanupStarted.await();
        // "count is 0, cleanup not finished": dead or dying; nobody can reach the value.
        assertThat(weak.upgrade()).isEmpty();
        assertThat(weak.strongCount()).isZero();
        assertThat(weak.weakCount()).isZero();
        assertThat(closer.isAlive()).isTrue();
        finishCleanup.countDown();
        closer.join();
        assertThat(weak.upgrade()).isEmpty();
        weak.close();
    }

    @Test
    void getMutNeverSeesUniquenessWhileAnotherHandleOrWeakExists() throws Exception {
        for (int round = 0; round < 300; round++) {
            int[] value = new int[1];
            Arc<int[]> mine = Arc.of(value);
            Arc<int[]> theirs = mine.clone();
            AtomicReference<Arc.Weak<int[]>> theirWeak = new AtomicReference<>();
            AtomicInteger exclusiveWhileWeakLive = new AtomicInteger();
            CountDownLatch weakMade = new CountDownLatch(1);
            race(() -> {
                theirWeak.set(Arc.downgrade(theirs));
                weakMade.countDown();
                theirs.close();
            }, () -> {
                for (int n = 0; n < 200; n++) {
                    boolean unique = Arc.getMut(mine).isPresent();
                    if (unique && weakMade.getCount() == 0) {
                        exclusiveWhileWeakLive.incrementAndGet();
                    }
                }
            });
            assertThat(exclusiveWhileWeakLive).hasValue(0);
            assertThat(Arc.getMut(mine)).isEmpty();
            theirWeak.get().close();
            assertThat(Arc.getMut(mine)).containsSame(value);
            mine.close();
        }
    }
}
