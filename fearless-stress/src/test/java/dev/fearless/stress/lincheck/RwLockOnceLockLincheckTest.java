package dev.fearless.stress.lincheck;

import dev.fearless.sync.OnceLock;
import dev.fearless.sync.RwLock;
import dev.fearless.sync.RwLockReadGuard;
import dev.fearless.sync.RwLockWriteGuard;
import org.jetbrains.lincheck.Lincheck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.fearless.stress.lincheck.ArcLincheckTest.check;

/** Lincheck model-checks the real {@link RwLock} (writers exclude everyone) and {@link OnceLock} (one value, one initializer). */
@Tag("lincheck")
@Timeout(120)
class RwLockOnceLockLincheckTest {
    private static final int INVOCATIONS = 100;

    /** Plain fields on purpose: only the lock orders the accesses. */
    static final class Pair {
        int first;
        int second;
    }

    @Test
    void writersExcludeEachOtherAndReadersSeeWholeWrites() {
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            RwLock<Pair> lock = RwLock.of(new Pair());
            AtomicInteger torn = new AtomicInteger();
            Runnable writer = () -> {
                try (RwLockWriteGuard<Pair> guard = lock.write()) {
                    guard.get().first++;
                    guard.get().second++;
                }
            };
            Threads.runAll(writer, () -> lock.withWrite(guard -> {
                guard.get().second++;
                return guard.get().first++;
            }), () -> {
                try (RwLockReadGuard<Pair> guard = lock.read()) {
                    if (guard.get().first != guard.get().second) {
                        torn.incrementAndGet();
                    }
                }
            });
            Pair pair = lock.intoInner();
            check(torn.get() == 0, "a reader saw half of a write");
            check(pair.first == 2 && pair.second == 2, "lost update: " + pair.first + ", " + pair.second);
        });
    }

    @Test
    void tryWriteNeverOverlapsARead() {
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            RwLock<Pair> lock = RwLock.of(new Pair());
            AtomicInteger torn = new AtomicInteger();
            Threads.runBoth(() -> {
                Optional<RwLockWriteGuard<Pair>> guard = lock.tryWrite();
                guard.ifPresent(held -> {
                    try (held) {
                        held.get().first = 1;
                        held.get().second = 1;
                    }
                });
            }, () -> lock.tryRead().ifPresent(held -> {
                try (held) {
                    if (held.get().first != held.get().second) {
                        torn.incrementAndGet();
                    }
                }
            }));
            check(torn.get() == 0, "a reader saw half of a write");
        });
    }

    @Test
    void racingSetsStoreExactlyOneValue() {
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            OnceLock<Integer> cell = new OnceLock<>();
            int[] handedBack = new int[2];
            Threads.runBoth(
                    () -> handedBack[0] = cell.set(1).orElse(0),
                    () -> handedBack[1] = cell.set(2).orElse(0));
            int stored = cell.get().orElse(0);
            boolean firstWon = stored == 1 && handedBack[0] == 0 && handedBack[1] == 2;
            boolean secondWon = stored == 2 && handedBack[0] == 1 && handedBack[1] == 0;
            check(firstWon || secondWon, "stored " + stored + ", handed back " + handedBack[0] + ", "
                    + handedBack[1]);
        });
    }

    @Test
    void racingGetOrInitRunsOneInitializer() {
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            OnceLock<Integer> cell = new OnceLock<>();
            AtomicInteger initializers = new AtomicInteger();
            int[] got = new int[2];
            Threads.runBoth(
                    () -> got[0] = cell.getOrInit(() -> {
                        initializers.incrementAndGet();
                        return 1;
                    }),
                    () -> got[1] = cell.getOrInit(() -> {
                        initializers.incrementAndGet();
                        return 2;
                    }));
            check(initializers.get() == 1, initializers.get() + " initializers ran");
            check(got[0] == got[1], "the callers got " + got[0] + " and " + got[1]);
        });
    }
}
