package dev.fearless.stress.lincheck;

import dev.fearless.sync.Condvar;
import dev.fearless.sync.Mutex;
import dev.fearless.sync.MutexGuard;
import dev.fearless.sync.PoisonException;
import org.jetbrains.lincheck.Lincheck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.fearless.stress.lincheck.ArcLincheckTest.check;

/**
 * Lincheck model-checks the real {@link Mutex} and {@link Condvar}: mutual exclusion, poisoning, consumption
 * by {@code intoInner}, and wake-ups (a lost wake-up leaves a thread parked for ever, which Lincheck reports
 * as a deadlock).
 */
@Tag("lincheck")
@Timeout(120)
class MutexLincheckTest {
    private static final int INVOCATIONS = 100;

    /** Plain fields on purpose: only the mutex orders the accesses. */
    static final class Counter {
        int value;
    }

    @Test
    void lockWithLockAndTryLockExcludeEachOther() {
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            Mutex<Counter> mutex = Mutex.of(new Counter());
            AtomicInteger entered = new AtomicInteger();
            Threads.runAll(
                    () -> {
                        try (MutexGuard<Counter> guard = mutex.lock()) {
                            guard.get().value++;
                        }
                        entered.incrementAndGet();
                    },
                    () -> {
                        mutex.withLock(guard -> guard.get().value++);
                        entered.incrementAndGet();
                    },
                    () -> {
                        Optional<MutexGuard<Counter>> guard = mutex.tryLock();
                        if (guard.isPresent()) {
                            try (MutexGuard<Counter> held = guard.get()) {
                                held.get().value++;
                            }
                            entered.incrementAndGet();
                        }
                    });
            int value = mutex.intoInner().value;
            check(value == entered.get(), "value " + value + " after " + entered.get() + " increments");
        });
    }

    @Test
    void aFailedWithLockPoisonsTheNextLock() {
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            Mutex<Counter> mutex = Mutex.of(new Counter());
            AtomicInteger poisonSeen = new AtomicInteger();
            AtomicInteger cleanEntries = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            Threads.runBoth(
                    () -> {
                        try {
                            mutex.withLock(guard -> {
                                guard.get().value = -1; // half-updated...
                                throw new IllegalStateException("...then fails");
                            });
                        } catch (IllegalStateException expected) {
                            failed.incrementAndGet();
                        }
                    },
                    () -> {
                        try (MutexGuard<Counter> guard = mutex.lock()) {
                            if (guard.get().value == -1) {
                                cleanEntries.addAndGet(100); // saw the half-update without a PoisonException
                            }
                            cleanEntries.incrementAndGet();
                        } catch (PoisonException expected) {
                            poisonSeen.incrementAndGet();
                        }
                    });
            check(failed.get() == 1 && mutex.isPoisoned(), "the failed body must poison the mutex");
            check(cleanEntries.get() + poisonSeen.get() == 1 && cleanEntries.get() <= 1,
                    "entries " + cleanEntries.get() + ", poison seen " + poisonSeen.get());
        });
    }

    @Test
    void intoInnerWakesAQueuedLockerWhichThenFails() {
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            Mutex<Counter> mutex = Mutex.of(new Counter());
            AtomicInteger consumedSeen = new AtomicInteger();
            AtomicInteger entered = new AtomicInteger();
            Counter[] taken = new Counter[1];
            Threads.runBoth(
                    () -> {
                        try (MutexGuard<Counter> guard = mutex.lock()) {
                            guard.get().value++;
                            entered.incrementAndGet();
                        } catch (IllegalStateException consumed) {
                            consumedSeen.incrementAndGet();
                        }
                    },
                    () -> taken[0] = mutex.intoInner());
            check(entered.get() + consumedSeen.get() == 1, "the locker neither got in nor failed");
            check(taken[0].value == entered.get(), "intoInner's value changed after it was taken");
        });
    }

    @Test
    void aSignalRacingTheWaitIsNeverLost() {
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            Mutex<Boolean> ready = Mutex.of(false);
            Condvar condvar = new Condvar();
            Threads.runBoth(
                    () -> {
                        try (MutexGuard<Boolean> guard = ready.lock()) {
                            condvar.awaitWhile(guard, isReady -> !isReady);
                        }
                    },
                    () -> {
                        try (MutexGuard<Boolean> guard = ready.lock()) {
                            guard.set(true);
                        }
                        condvar.signalOne(); // outside the lock: allowed, and must not be lost
                    });
            check(ready.intoInner(), "the waiter returned before ready was set");
        });
    }

    @Test
    void signalAllWakesEveryWaiter() {
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            Mutex<Boolean> ready = Mutex.of(false);
            Condvar condvar = new Condvar();
            Runnable waiter = () -> {
                try (MutexGuard<Boolean> guard = ready.lock()) {
                    condvar.awaitWhile(guard, isReady -> !isReady);
                }
            };
            Threads.runAll(waiter, waiter, () -> {
                try (MutexGuard<Boolean> guard = ready.lock()) {
                    guard.set(true);
                    condvar.signalAll();
                }
            });
            check(ready.intoInner(), "a waiter returned before ready was set");
        });
    }
}
