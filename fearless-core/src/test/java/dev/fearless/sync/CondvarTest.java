package dev.fearless.sync;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // the locks ignore interrupts
class CondvarTest {

    @Test
    void awaitReturnsWithTheSameGuardHoldingTheLockAfterASignal() {
        Mutex<Boolean> ready = Mutex.of(false);
        Condvar condvar = new Condvar();
        AnotherThread.Pending<Boolean> waiter = AnotherThread.start(() -> {
            try (MutexGuard<Boolean> guard = ready.lock()) {
                while (!guard.get()) {
                    condvar.await(guard);
                }
                guard.set(false); // the same guard works: the lock is held again
                return true;
            }
        });
        AnotherThread.awaitParkedOn(waiter.thread, condvar);
        try (MutexGuard<Boolean> guard = ready.lock()) { // the waiter released the lock while waiting
            guard.set(true);
        }
        condvar.signalOne();
        assertThat(waiter.join()).isTrue();
        assertThat(ready.getMut()).isFalse();
    }

    @Test
    void awaitWhileReturnsAtOnceWhenTheConditionIsFalse() {
        Mutex<Integer> pending = Mutex.of(0);
        Condvar condvar = new Condvar();
        try (MutexGuard<Integer> guard = pending.lock()) {
            condvar.awaitWhile(guard, n -> n > 0);
            assertThat(guard.get()).isZero();
        }
    }

    @Test
    void awaitWhileWaitsUntilTheConditionTurnsFalse() {
        Mutex<Integer> pending = Mutex.of(3);
        Condvar condvar = new Condvar();
        AnotherThread.Pending<Integer> waiter = AnotherThread.start(() -> {
            try (MutexGuard<Integer> guard = pending.lock()) {
                condvar.awaitWhile(guard, n -> n > 0);
                return guard.get();
            }
        });
        for (int i = 0; i < 3; i++) {
            try (MutexGuard<Integer> guard = pending.lock()) {
                guard.update(n -> n - 1);
            }
            condvar.signalAll();
        }
        assertThat(waiter.join()).isZero();
    }

    @Test
    void awaitTimeoutTimesOutWithoutASignalAndHoldsTheLockAgain() {
        Mutex<Integer> mutex = Mutex.of(0);
        Condvar condvar = new Condvar();
        try (MutexGuard<Integer> guard = mutex.lock()) {
            WaitTimeoutResult result = condvar.awaitTimeout(guard, Duration.ofMillis(20));
            assertThat(result.timedOut()).isTrue();
            guard.set(1);
            assertThat(AnotherThread.call(mutex::tryLock)).as("held again").isEmpty();
        }
    }

    @Test
    void awaitTimeoutWithZeroOrNegativeDurationTimesOutAtOnce() {
        Mutex<Integer> mutex = Mutex.of(0);
        Condvar condvar = new Condvar();
        try (MutexGuard<Integer> guard = mutex.lock()) {
            assertThat(condvar.awaitTimeout(guard, Duration.ZERO).timedOut()).isTrue();
            assertThat(condvar.awaitTimeout(guard, Duration.ofSeconds(-5)).timedOut()).isTrue();
            assertThat(guard.get()).isZero();
        }
    }

    @Test
    void awaitTimeoutAcceptsAHugeDurationAndReportsTheSignal() {
        Mutex<Boolean> ready = Mutex.of(false);
        Condvar condvar = new Condvar();
        AnotherThread.Pending<WaitTimeoutResult> waiter = AnotherThread.start(() -> {
            try (MutexGuard<Boolean> guard = ready.lock()) {
                WaitTimeoutResult last = null;
                while (!guard.get()) {
                    last = condvar.awaitTimeout(guard, Duration.ofMillis(Long.MAX_VALUE));
                }
                return last;
            }
        });
        AnotherThread.awaitParkedOn(waiter.thread, condvar);
        try (MutexGuard<Boolean> guard = ready.lock()) {
            guard.set(true);
        }
        condvar.signalOne();
        assertThat(waiter.join().timedOut()).isFalse();
    }

    @Test
    void hugeDurationsOfEveryShapeDoNotOverflow() {
        Mutex<Integer> mutex = Mutex.of(0);
        Condvar condvar = new Condvar();
        for (Duration huge : List.of(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999), Duration.ofDays(365L * 1000),
                Duration.ofMillis(Long.MAX_VALUE), Duration.ofNanos(Long.MAX_VALUE))) {
            AnotherThread.Pending<Boolean> waiter = AnotherThread.start(() -> {
                try (MutexGuard<Integer> guard = mutex.lock()) {
                    return condvar.awaitTimeoutWhile(guard, huge, n -> n == 0).timedOut();
                }
            });
            AnotherThread.awaitParkedOn(waiter.thread, condvar);
            try (MutexGuard<Integer> guard = mutex.lock()) {
                guard.set(1);
            }
            condvar.signalAll();
            assertThat(waiter.join()).as(huge.toString()).isFalse();
            try (MutexGuard<Integer> guard = mutex.lock()) {
                guard.set(0);
            }
        }
    }

    @Test
    void awaitTimeoutWhileTimesOutWhenTheConditionStaysTrue() {
        Mutex<Integer> mutex = Mutex.of(1);
        Condvar condvar = new Condvar();
        try (MutexGuard<Integer> guard = mutex.lock()) {
            assertThat(condvar.awaitTimeoutWhile(guard, Duration.ofMillis(20), n -> n > 0).timedOut()).isTrue();
            assertThat(condvar.awaitTimeoutWhile(guard, Duration.ofMillis(20), n -> n > 5).timedOut()).isFalse();
        }
    }

    @Test
    void signalWithNoWaiterIsNotRemembered() {
        Mutex<Integer> mutex = Mutex.of(0);
        Condvar condvar = new Condvar();
        condvar.signalOne();
        condvar.signalAll();
        try (MutexGuard<Integer> guard = mutex.lock()) {
            assertThat(condvar.awaitTimeout(guard, Duration.ofMillis(10)).timedOut()).isTrue();
        }
    }

    @Test
    void signalOneWakesExactlyOneWaiterAndSignalAllWakesTheRest() {
        Mutex<Integer> tickets = Mutex.of(0);
        Mutex<Integer> woken = Mutex.of(0);
        Condvar condvar = new Condvar();
        int waiters = 4;
        List<AnotherThread.Pending<Object>> threads = new ArrayList<>();
        for (int i = 0; i < waiters; i++) {
            threads.add(AnotherThread.start(() -> {
                try (MutexGuard<Integer> guard = tickets.lock()) {
                    condvar.await(guard); // one wait each: counts raw wake-ups, which are never spurious
                }
                try (MutexGuard<Integer> count = woken.lock()) {
                    count.update(n -> n + 1);
                }
                return null;
            }));
        }
        threads.forEach(t -> AnotherThread.awaitParkedOn(t.thread, condvar));
        condvar.signalOne();
        AnotherThread.awaitCondition(() -> woken.withLock(MutexGuard::get) == 1);
        long stillWaiting = threads.stream().filter(t -> !t.future.isDone()).count();
        assertThat(stillWaiting).isEqualTo(waiters - 1);
        condvar.signalAll();
        threads.forEach(AnotherThread.Pending::join);
        int total = woken.withLock(MutexGuard::get);
        assertThat(total).isEqualTo(waiters);
    }

    @Test
    void poisonedMeanwhileThrowsAfterReacquiringAndTheGuardStaysValid() {
        Mutex<Integer> mutex = Mutex.of(0);
        Condvar condvar = new Condvar();
        AnotherThread.Pending<String> waiter = AnotherThread.start(() -> {
            MutexGuard<Integer> guard = mutex.lock();
            try {
                Throwable thrown = catchThrowable(() -> condvar.await(guard));
                assertThat(thrown).isInstanceOf(PoisonException.class);
                assertThat(guard.get()).isEqualTo(42); // still valid: the lock is held
                guard.set(43);
                return "ok";
            } finally {
                guard.close();
            }
        });
        AnotherThread.awaitParkedOn(waiter.thread, condvar);
        catchThrowable(() -> mutex.withLock(g -> {
            g.set(42);
            throw new IllegalStateException("writer failed");
        }));
        condvar.signalAll();
        assertThat(waiter.join()).isEqualTo("ok");
        assertThat(mutex.isPoisoned()).isTrue();
        assertThat(mutex.intoInner()).isEqualTo(43);
    }

    @Test
    void timedAwaitThrowsPoisonToo() {
        Mutex<Integer> mutex = MutexTest.poisoned(Mutex.of(0));
        Condvar condvar = new Condvar();
        MutexGuard<Integer> guard = mutex.lockIgnoringPoison();
        assertThatThrownBy(() -> condvar.awaitTimeout(guard, Duration.ofMillis(1)))
                .isInstanceOf(PoisonException.class);
        guard.set(1); // still held
        guard.close();
    }

    @Test
    void awaitNeedsAnOpenGuardOfThisThread() {
        Mutex<Integer> mutex = Mutex.of(0);
        Condvar condvar = new Condvar();
        MutexGuard<Integer> closed = mutex.lock();
        closed.close();
        assertThatThrownBy(() -> condvar.await(closed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> condvar.awaitTimeout(closed, Duration.ofMillis(1)))
                .isInstanceOf(IllegalStateException.class);

        MutexGuard<Integer> mine = mutex.lock();
        assertThat(AnotherThread.failure(() -> condvar.await(mine))).isInstanceOf(IllegalStateException.class);
        assertThat(AnotherThread.call(mutex::tryLock)).as("nothing was released").isEmpty();
        mine.close();
    }

    @Test
    void interruptDoesNotEndTheWaitAndTheFlagIsRestored() {
        Mutex<Boolean> ready = Mutex.of(false);
        Condvar condvar = new Condvar();
        AnotherThread.Pending<Boolean> waiter = AnotherThread.start(() -> {
            try (MutexGuard<Boolean> guard = ready.lock()) {
                condvar.await(guard); // a single wait: returning early would end the thread
                assertThat(guard.get()).isTrue();
                return Thread.currentThread().isInterrupted();
            }
        });
        AnotherThread.awaitParkedOn(waiter.thread, condvar);
        waiter.thread.interrupt();
        // the wait consumed the interrupt (flag cleared while waiting) and parked again
        AnotherThread.awaitCondition(() -> !waiter.thread.isInterrupted()
                && waiter.thread.getState() == Thread.State.WAITING);
        assertThat(waiter.future).isNotDone();
        try (MutexGuard<Boolean> guard = ready.lock()) {
            guard.set(true);
        }
        condvar.signalOne();
        assertThat(waiter.join()).as("interrupt flag restored").isTrue();
    }

    @Test
    void oneCondvarServesTwoMutexes() {
        Mutex<Boolean> a = Mutex.of(false);
        Mutex<Boolean> b = Mutex.of(false);
        Condvar condvar = new Condvar();
        AnotherThread.Pending<Boolean> onA = AnotherThread.start(() -> {
            try (MutexGuard<Boolean> guard = a.lock()) {
                condvar.awaitWhile(guard, done -> !done);
                return guard.get();
            }
        });
        AnotherThread.Pending<Boolean> onB = AnotherThread.start(() -> {
            try (MutexGuard<Boolean> guard = b.lock()) {
                condvar.awaitWhile(guard, done -> !done);
                return guard.get();
            }
        });
        AnotherThread.awaitParkedOn(onA.thread, condvar);
        AnotherThread.awaitParkedOn(onB.thread, condvar);
        a.withLock(g -> {
            g.set(true);
            return null;
        });
        b.withLock(g -> {
            g.set(true);
            return null;
        });
        condvar.signalAll();
        assertThat(onA.join()).isTrue();
        assertThat(onB.join()).isTrue();
    }

    @Test
    void intoInnerWhileWaitingClosesTheGuardAndFailsTheWait() {
        Mutex<Integer> mutex = Mutex.of(9);
        Condvar condvar = new Condvar();
        AnotherThread.Pending<Object> waiter = AnotherThread.start(() -> {
            MutexGuard<Integer> guard = mutex.lock();
            Throwable thrown = catchThrowable(() -> condvar.await(guard));
            assertThat(thrown).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(guard::get).isInstanceOf(IllegalStateException.class);
            return null;
        });
        AnotherThread.awaitParkedOn(waiter.thread, condvar);
        assertThat(mutex.intoInner()).isEqualTo(9);
        condvar.signalAll();
        waiter.join();
    }

    @RepeatedTest(3)
    void boundedBufferProducersAndConsumersLoseNothing() {
        int producers = 3;
        int consumers = 3;
        int perProducer = 5_000;
        int capacity = 4;
        Mutex<Deque<Integer>> buffer = Mutex.of(new ArrayDeque<>());
        Condvar notEmpty = new Condvar();
        Condvar notFull = new Condvar();
        List<AnotherThread.Pending<Long>> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int base = p * perProducer;
            threads.add(AnotherThread.start(() -> {
                for (int i = 1; i <= perProducer; i++) {
                    try (MutexGuard<Deque<Integer>> guard = buffer.lock()) {
                        notFull.awaitWhile(guard, q -> q.size() >= capacity);
                        guard.get().add(base + i);
                    }
                    notEmpty.signalOne();
                }
                return 0L;
            }));
        }
        int total = producers * perProducer;
        int perConsumer = total / consumers;
        for (int c = 0; c < consumers; c++) {
            threads.add(AnotherThread.start(() -> {
                long sum = 0;
                for (int i = 0; i < perConsumer; i++) {
                    try (MutexGuard<Deque<Integer>> guard = buffer.lock()) {
                        // timed waits too, so both wait paths are exercised under contention
                        while (guard.get().isEmpty()) {
                            if (i % 2 == 0) {
                                notEmpty.await(guard);
                            } else {
                                notEmpty.awaitTimeout(guard, Duration.ofMillis(1));
                            }
                        }
                        sum += guard.get().poll();
                    }
                    notFull.signalOne();
                }
                return sum;
            }));
        }
        long consumed = 0;
        for (AnotherThread.Pending<Long> thread : threads) {
            consumed += thread.join();
        }
        long expected = (long) total * (total + 1) / 2;
        assertThat(consumed).isEqualTo(expected);
        assertThat(buffer.intoInner()).isEmpty();
    }
}
