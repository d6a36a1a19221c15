package dev.fearless.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fearless.sync.Mutex;
import dev.fearless.sync.MutexGuard;
import dev.fearless.sync.PoisonException;
import dev.fearless.sync.RwLock;
import dev.fearless.sync.RwLockReadGuard;
import dev.fearless.sync.RwLockWriteGuard;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** API.md, "Locks": {@code Mutex}, {@code MutexGuard}, {@code RwLock} and their guards. */
@Timeout(20)
class LocksContractTest {

    @Test
    void theDataIsReachableThroughTheGuard() {
        Mutex<Integer> m = Mutex.of(1);
        try (MutexGuard<Integer> g = m.lock()) {
            assertThat(g.get()).isEqualTo(1);
            g.set(2);
            assertThat(g.replace(3)).isEqualTo(2);
            g.update(v -> v * 10);
            assertThat(g.get()).isEqualTo(30);
        }
        assertThat(m.<Integer>withLock(MutexGuard::get)).isEqualTo(30);
    }

    @Test
    void guardClosesOnceAndOnlyOnTheLockingThread() {
        Mutex<Integer> m = Mutex.of(1);
        MutexGuard<Integer> g = m.lock();
        assertThat(OnAnotherThread.failure(g::close)).isInstanceOf(IllegalStateException.class);
        assertThat(OnAnotherThread.call(m::tryLock)).as("still locked").isEmpty();
        g.close();
        assertThatThrownBy(g::close).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(g::get).isInstanceOf(IllegalStateException.class);
        Optional<MutexGuard<Integer>> other = OnAnotherThread.call(() -> {
            Optional<MutexGuard<Integer>> t = m.tryLock();
            t.ifPresent(MutexGuard::close);
            return t;
        });
        assertThat(other).as("the second close did not unlock someone else's guard").isPresent();
    }

    @Test
    void lockingAMutexTheThreadAlreadyHoldsThrowsAtOnce() {
        Mutex<Integer> m = Mutex.of(1);
        try (MutexGuard<Integer> g = m.lock()) {
            assertThat(catchThrowable(m::lock)).isInstanceOf(RuntimeException.class);
            assertThat(catchThrowable(m::lockIgnoringPoison)).isInstanceOf(RuntimeException.class);
            assertThat(catchThrowable(() -> m.withLock(x -> 1))).isInstanceOf(RuntimeException.class);
            assertThat(m.tryLock()).as("tryLock is WouldBlock on re-entrance, not an error").isEmpty();
            assertThat(g.get()).isEqualTo(1);
        }
        assertThat(m.isPoisoned()).isFalse();
    }

    @Test
    void tryLockIsEmptyWhileAnotherThreadHoldsTheLock() {
        Mutex<Integer> m = Mutex.of(1);
        try (MutexGuard<Integer> g = m.lock()) {
            assertThat(OnAnotherThread.call(m::tryLock)).isEmpty();
        }
        Optional<MutexGuard<Integer>> got = m.tryLock();
        assertThat(got).isPresent();
        got.get().close();
    }

    @Test
    void anyThrowableEscapingWithLockPoisonsAndIsRethrownAsTheSameObject() {
        List<Throwable> throwables = List.of(new IllegalStateException("x"), new AssertionError("y"),
                new IOException("checked, thrown sneakily"), new StackOverflowError());
        for (Throwable t : throwables) {
            Mutex<Integer> m = Mutex.of(1);
            Throwable thrown = catchThrowable(() -> m.withLock(g -> {
                g.set(2);
                throw LocksContractTest.<RuntimeException>sneaky(t);
            }));
            assertThat(thrown).isSameAs(t);
            assertThat(m.isPoisoned()).as("poisoned by %s", t).isTrue();
            assertThat(catchThrowable(m::lock)).isInstanceOf(PoisonException.class);
            try (MutexGuard<Integer> g = m.lockIgnoringPoison()) {
                assertThat(g.get()).as("the change made before the failure stays").isEqualTo(2);
            }
            m.clearPoison();
            assertThat(m.isPoisoned()).isFalse();
            try (MutexGuard<Integer> g = m.lock()) {
                assertThat(g.get()).isEqualTo(2);
            }
        }
    }

    @Test
    void onlyWithLockPoisonsAnExceptionUnderAPlainGuardDoesNot() {
        Mutex<Integer> m = Mutex.of(1);
        RuntimeException boom = new RuntimeException();
        Throwable thrown = catchThrowable(() -> {
            try (MutexGuard<Integer> g = m.lock()) {
                throw boom;
            }
        });
        assertThat(thrown).isSameAs(boom);
        assertThat(m.isPoisoned()).isFalse();
    }

    @Test
    void lockOnAPoisonedMutexThrowsWithoutHoldingTheLock() {
        Mutex<Integer> m = poisonedMutex(5);
        assertThat(catchThrowable(m::lock)).isInstanceOf(PoisonException.class);
        assertThat(OnAnotherThread.call(() -> {
            try (MutexGuard<Integer> g = m.lockIgnoringPoison()) {
                return g.get();
            }
        })).as("the failed lock() left the mutex free").isEqualTo(5);
        assertThat(catchThrowable(m::tryLock)).as("would have acquired").isInstanceOf(PoisonException.class);
        try (MutexGuard<Integer> g = m.lockIgnoringPoison()) {
            assertThat(OnAnotherThread.call(m::tryLock))
                    .as("tryLock throws only if it would otherwise have acquired").isEmpty();
        }
    }

    @Test
    void intoInnerAndGetMutReturnTheValueEvenWhenPoisoned() {
        StringBuilder value = new StringBuilder("v");
        Mutex<StringBuilder> m = Mutex.of(value);
        assertThat(m.getMut()).isSameAs(value);
        catchThrowable(() -> m.withLock(g -> {
            throw new IllegalStateException();
        }));
        assertThat(m.isPoisoned()).isTrue();
        assertThat(m.getMut()).isSameAs(value);
        assertThat(m.intoInner()).isSameAs(value);
        assertThat(catchThrowable(m::lockIgnoringPoison)).as("unusable afterwards")
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void withLockSerialisesUpdatesUnderContention() throws Exception {
        Mutex<Integer> m = Mutex.of(0);
        int threads = 4;
        int perThread = 2_000;
        List<Thread> workers = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < threads; i++) {
            int id = i;
            Thread t = new Thread(() -> {
                awaitLatch(start);
                for (int k = 0; k < perThread; k++) {
                    if ((k + id) % 2 == 0) {
                        m.withLock(g -> {
                            g.update(v -> v + 1);
                            return null;
                        });
                    } else {
                        try (MutexGuard<Integer> g = m.lock()) {
                            g.set(g.get() + 1);
                        }
                    }
                }
            });
            workers.add(t);
            t.start();
        }
        start.countDown();
        for (Thread t : workers) {
            t.join();
        }
        assertThat(m.intoInner()).isEqualTo(threads * perThread);
    }

    @Test
    void poisonExceptionIsUnchecked() {
        assertThat(RuntimeException.class).isAssignableFrom(PoisonException.class);
    }

    // ---- RwLock -------------------------------------------------------------------------------

    @Test
    void rwLockGuardsReachTheData() {
        RwLock<Integer> l = RwLock.of(1);
        try (RwLockReadGuard<Integer> r = l.read()) {
            assertThat(r.get()).isEqualTo(1);
        }
        try (RwLockWriteGuard<Integer> w = l.write()) {
            w.set(2);
            assertThat(w.replace(3)).isEqualTo(2);
            w.update(v -> v + 1);
            assertThat(w.get()).isEqualTo(4);
        }
        assertThat(l.<Integer>withRead(RwLockReadGuard::get)).isEqualTo(4);
        assertThat(l.<Integer>withWrite(w -> w.replace(5))).isEqualTo(4);
        assertThat(l.getMut()).isEqualTo(5);
    }

    @Test
    void tryReadAndTryWriteReturnEmptyInsteadOfThrowingOnTheCallersOwnLock() {
        RwLock<Integer> l = RwLock.of(1);
        try (RwLockReadGuard<Integer> r = l.read()) {
            Optional<RwLockReadGuard<Integer>> again = l.tryRead();
            assertThat(again).as("tryRead while holding a read guard succeeds").isPresent();
            again.get().close();
            assertThat(l.tryWrite()).isEmpty();
            assertThat(OnAnotherThread.call(() -> l.tryWrite().map(g -> {
                g.close();
                return g;
            }))).isEmpty();
        }
        try (RwLockWriteGuard<Integer> w = l.write()) {
            assertThat(l.tryRead()).isEmpty();
            assertThat(l.tryWrite()).isEmpty();
            assertThat(OnAnotherThread.call(() -> l.tryRead().map(g -> {
                g.close();
                return g;
            }))).isEmpty();
        }
    }

    @Test
    void onlyWritersPoison() {
        RwLock<Integer> l = RwLock.of(1);
        RuntimeException boom = new RuntimeException("reader");
        assertThat(catchThrowable(() -> l.withRead(r -> {
            throw boom;
        }))).isSameAs(boom);
        assertThat(l.isPoisoned()).isFalse();
        AssertionError failed = new AssertionError("writer");
        assertThat(catchThrowable(() -> l.withWrite(w -> {
            w.set(9);
            throw failed;
        }))).isSameAs(failed);
        assertThat(l.isPoisoned()).isTrue();
        assertThat(catchThrowable(l::read)).isInstanceOf(PoisonException.class);
        assertThat(catchThrowable(l::write)).isInstanceOf(PoisonException.class);
        assertThat(l.getMut()).isEqualTo(9);
        l.clearPoison();
        assertThat(l.<Integer>withRead(RwLockReadGuard::get)).isEqualTo(9);
        catchThrowable(() -> l.withWrite(w -> {
            throw new IllegalStateException();
        }));
        assertThat(l.intoInner()).as("intoInner returns the value even when poisoned").isEqualTo(9);
    }

    @Test
    void anExceptionUnderAPlainWriteGuardDoesNotPoison() {
        RwLock<Integer> l = RwLock.of(1);
        RuntimeException boom = new RuntimeException();
        assertThat(catchThrowable(() -> {
            try (RwLockWriteGuard<Integer> w = l.write()) {
                w.set(2);
                throw boom;
            }
        })).isSameAs(boom);
        assertThat(l.isPoisoned()).isFalse();
        assertThat(l.<Integer>withRead(RwLockReadGuard::get)).isEqualTo(2);
    }

    @Test
    void downgradeConsumesTheWriteGuardAndReturnsAReadGuard() throws Exception {
        RwLock<Integer> l = RwLock.of(1);
        RwLockWriteGuard<Integer> w = l.write();
        w.set(2);
        RwLockReadGuard<Integer> r = l.downgrade(w);
        assertThat(r.get()).isEqualTo(2);
        assertThatThrownBy(w::get).as("the write guard is consumed").isInstanceOf(IllegalStateException.class);
        assertThat(OnAnotherThread.call(() -> l.tryRead().map(g -> {
            int v = g.get();
            g.close();
            return v;
        }))).as("other readers may share it").contains(2);
        assertThat(OnAnotherThread.call(() -> l.tryWrite().isPresent())).as("writers still excluded").isFalse();
        CompletableFuture<Integer> writer = OnAnotherThread.start(() -> l.withWrite(g -> g.replace(3)));
        r.close();
        assertThat(writer.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(l.<Integer>withRead(RwLockReadGuard::get)).isEqualTo(3);
    }

    @Test
    void readersShareAndWritersExcludeUnderContention() throws Exception {
        RwLock<int[]> l = RwLock.of(new int[2]);
        int threads = 4;
        int perThread = 1_000;
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < threads; i++) {
            int id = i;
            Thread t = new Thread(() -> {
                try {
                    for (int k = 0; k < perThread; k++) {
                        if ((k + id) % 3 == 0) {
                            l.withWrite(g -> {
                                int[] a = g.get();
                                a[0]++;
                                a[1]++;
                                return null;
                            });
                        } else {
                            l.withRead(g -> {
                                int[] a = g.get();
                                assertThat(a[0]).isEqualTo(a[1]);
                                return null;
                            });
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        assertThat(failures).isEmpty();
        int writes = 0;
        for (int id = 0; id < threads; id++) {
            for (int k = 0; k < perThread; k++) {
                if ((k + id) % 3 == 0) {
                    writes++;
                }
            }
        }
        assertThat(l.intoInner()[0]).isEqualTo(writes);
    }

    static Mutex<Integer> poisonedMutex(int value) {
        Mutex<Integer> m = Mutex.of(value);
        catchThrowable(() -> m.withLock(g -> {
            throw new IllegalStateException("poison");
        }));
        assertThat(m.isPoisoned()).isTrue();
        return m;
    }

    @SuppressWarnings("unchecked")
    static <E extends Throwable> E sneaky(Throwable t) throws E {
        throw (E) t;
    }

    static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
