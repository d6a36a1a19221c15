package dev.fearless.stress.lincheck;

import dev.fearless.stress.CleanupProbe;
import dev.fearless.sync.Arc;
import org.jetbrains.lincheck.Lincheck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Lincheck model-checks the real {@link Arc}: each test body starts threads on real handles, and Lincheck
 * runs it many times, each time switching threads at different shared-memory accesses inside
 * {@code Arc}'s code, then checks the assertions after the join. Complements the exhaustive models in
 * {@code dev.fearless.stress.model}, which check the protocol, by checking the code itself. Not exhaustive:
 * each test explores {@value #INVOCATIONS} interleavings, those with few thread switches first.
 * Tagged {@code lincheck}: run with {@code -Plincheck}.
 */
@Tag("lincheck")
@Timeout(120)
class ArcLincheckTest {
    private static final int INVOCATIONS = 200;

    @Test
    void cloneRacingCloseOfTheSameHandleNeverLetsAnUpgradeRevive() {
        // Misuse (Rust's ownership rules it out): one thread clones a handle while another closes it.
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            CleanupProbe probe = new CleanupProbe();
            Arc<CleanupProbe> shared = Arc.of(probe);
            Arc.Weak<CleanupProbe> weak = Arc.downgrade(shared);
            AtomicInteger usedAfterCleanup = new AtomicInteger();
            Threads.runAll(shared::close, () -> {
                try {
                    shared.clone().close();
                } catch (IllegalStateException closedMeanwhile) {
                    // the close won: the clone is refused, nothing changes
                }
            }, () -> weak.upgrade().ifPresent(handle -> {
                usedAfterCleanup.addAndGet(probe.cleanupStarted());
                handle.close();
            }));
            check(usedAfterCleanup.get() == 0, "upgrade revived a value whose cleanup had started");
            check(probe.cleanups() == 1, "cleanups: " + probe.cleanups());
            weak.close();
        });
    }

    @Test
    void upgradeRacingTheLastCloseNeverSeesACleanedValue() {
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            CleanupProbe probe = new CleanupProbe();
            Arc<CleanupProbe> strong = Arc.of(probe);
            Arc.Weak<CleanupProbe> weak = Arc.downgrade(strong);
            AtomicInteger usedAfterCleanup = new AtomicInteger();
            Threads.runBoth(strong::close, () -> {
                Optional<Arc<CleanupProbe>> upgraded = weak.upgrade();
                upgraded.ifPresent(handle -> {
                    usedAfterCleanup.addAndGet(handle.get().cleanupStarted());
                    handle.close();
                });
            });
            check(usedAfterCleanup.get() == 0, "upgrade returned a value whose cleanup had started");
            check(probe.cleanups() == 1, "cleanups: " + probe.cleanups());
            check(weak.upgrade().isEmpty(), "a dead value was upgraded");
            check(weak.strongCount() == 0, "strong count " + weak.strongCount());
            weak.close();
        });
    }

    @Test
    void clonesAndClosesOnThreeThreadsCleanUpOnce() {
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            CleanupProbe probe = new CleanupProbe();
            Arc<CleanupProbe> first = Arc.of(probe);
            Arc<CleanupProbe> second = first.clone();
            Arc<CleanupProbe> third = first.clone();
            Arc.Weak<CleanupProbe> weak = Arc.downgrade(first);
            Threads.runAll(
                    () -> {
                        Arc<CleanupProbe> extra = first.clone();
                        first.close();
                        extra.close();
                    },
                    second::close,
                    () -> weak.upgrade().ifPresent(Arc::close),
                    third::close);
            check(probe.cleanups() == 1, "cleanups: " + probe.cleanups());
            check(weak.strongCount() == 0, "strong count " + weak.strongCount());
            weak.close();
        });
    }

    @Test
    void exactlyOneIntoInnerGetsTheValue() {
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            CleanupProbe probe = new CleanupProbe();
            Arc<CleanupProbe> first = Arc.of(probe);
            Arc<CleanupProbe> second = first.clone();
            AtomicInteger winners = new AtomicInteger();
            Threads.runBoth(
                    () -> Arc.intoInner(first).ifPresent(v -> winners.incrementAndGet()),
                    () -> Arc.intoInner(second).ifPresent(v -> winners.incrementAndGet()));
            check(winners.get() == 1, "winners: " + winners.get());
            check(probe.cleanups() == 0, "a value handed out was cleaned up");
        });
    }

    @Test
    void getMutNeverGrantsAccessWhileAnotherHandleCanReachTheValue() {
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            Arc<int[]> mine = Arc.of(new int[1]);
            Arc<int[]> theirs = mine.clone();
            AtomicInteger wrongGrants = new AtomicInteger();
            Arc.Weak<int[]>[] leftBehind = new Arc.Weak[1];
            Threads.runBoth(
                    () -> Arc.getMut(mine).ifPresent(v -> {
                        // Exclusive: no other strong handle, and no weak one that could upgrade.
                        if (leftBehind[0] != null || Arc.strongCount(mine) != 1) {
                            wrongGrants.incrementAndGet();
                        }
                    }),
                    () -> {
                        leftBehind[0] = Arc.downgrade(theirs);
                        theirs.close();
                    });
            check(wrongGrants.get() == 0, "getMut granted exclusive access while a weak handle existed");
            leftBehind[0].close();
            mine.close();
        });
    }

    /** Fails the current Lincheck invocation (Lincheck reports the interleaving that led here). */
    static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    /**
     * A deliberately broken count in the style of {@code Arc}'s, whose upgrade increments first and undoes
     * the increment on zero: between the two, a second upgrade sees 1 and revives a value whose cleanup
     * has run. Lincheck must find that window, or the passing tests above would prove little.
     */
    static final class IncrementFirstCount {
        final AtomicInteger strong = new AtomicInteger(1);
        final AtomicInteger cleanups = new AtomicInteger();
        volatile boolean cleaned;

        void close() {
            if (strong.getAndDecrement() == 1) {
                cleaned = true;
                cleanups.incrementAndGet();
            }
        }

        boolean upgrade() {
            if (strong.getAndIncrement() <= 0) {
                strong.getAndDecrement();
                return false;
            }
            return true;
        }
    }

    @Test
    void findsTheRevivalWindowOfAnUpgradeThatIncrementsFirst() {
        Throwable failure = catchThrowable(() -> Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            IncrementFirstCount count = new IncrementFirstCount();
            AtomicInteger revived = new AtomicInteger();
            Runnable upgradeAndUse = () -> {
                if (count.upgrade()) {
                    if (count.cleaned) {
                        revived.incrementAndGet();
                    }
                    count.close();
                }
            };
            Threads.runAll(count::close, upgradeAndUse, upgradeAndUse);
            check(revived.get() == 0 && count.cleanups.get() == 1,
                    "revived " + revived.get() + ", cleanups " + count.cleanups.get());
        }));
        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).containsAnyOf("revived 1", "cleanups 2");
    }
}
