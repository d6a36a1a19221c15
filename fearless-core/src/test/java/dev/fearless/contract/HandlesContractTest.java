package dev.fearless.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fearless.marker.NotSendException;
import dev.fearless.rc.Rc;
import dev.fearless.sync.Arc;
import dev.fearless.sync.Mutex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** API.md, "Handles": {@code Rc<T>}, {@code Arc<T>} and their nested {@code Weak<T>}, sentence by sentence. */
@Timeout(20)
class HandlesContractTest {

    /** A value whose cleanup is observable. */
    static final class Resource implements AutoCloseable {
        final AtomicInteger closes = new AtomicInteger();
        final List<Thread> closedOn = new CopyOnWriteArrayList<>();
        volatile RuntimeException toThrow;

        @Override
        public void close() {
            closes.incrementAndGet();
            closedOn.add(Thread.currentThread());
            if (toThrow != null) {
                throw toThrow;
            }
        }
    }

    // ---- Arc ----------------------------------------------------------------------------------

    @Test
    void ofMakesAnAllocationWithOneStrongAndNoWeak() {
        Arc<String> a = Arc.of("v");
        assertThat(a.get()).isEqualTo("v");
        assertThat(Arc.strongCount(a)).isEqualTo(1);
        assertThat(Arc.weakCount(a)).isZero();
        a.close();
    }

    @Test
    void cloneReturnsANewHandleObjectToTheSameValue() {
        Object value = new Object();
        Arc<Object> a = Arc.of(value);
        Arc<Object> b = a.clone();
        assertThat(b).isNotSameAs(a);
        assertThat(b.get()).isSameAs(value);
        assertThat(Arc.ptrEq(a, b)).isTrue();
        assertThat(Arc.strongCount(a)).isEqualTo(2);
        Arc<Object> other = Arc.of(value);
        assertThat(Arc.ptrEq(a, other)).isFalse();
        other.close();
        b.close();
        assertThat(Arc.strongCount(a)).isEqualTo(1);
        a.close();
    }

    @Test
    void lastStrongCloseRunsCleanupExactlyOnceOnTheReleasingThread() {
        Resource r = new Resource();
        Arc<Resource> a = Arc.of(r);
        Arc<Resource> b = a.clone();
        a.close();
        assertThat(r.closes).hasValue(0);
        Thread releaser = OnAnotherThread.call(() -> {
            b.close();
            return Thread.currentThread();
        });
        assertThat(r.closes).hasValue(1);
        assertThat(r.closedOn).containsExactly(releaser);
    }

    @Test
    void concurrentClosesRunCleanupExactlyOnce() throws Exception {
        for (int round = 0; round < 100; round++) {
            Resource r = new Resource();
            Arc<Resource> a = Arc.of(r);
            int threads = 4;
            List<Arc<Resource>> handles = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                handles.add(a.clone());
            }
            a.close();
            CyclicBarrier barrier = new CyclicBarrier(threads);
            List<Thread> workers = new ArrayList<>();
            for (Arc<Resource> h : handles) {
                Thread t = new Thread(() -> {
                    await(barrier);
                    h.close();
                });
                workers.add(t);
                t.start();
            }
            for (Thread t : workers) {
                t.join();
            }
            assertThat(r.closes).hasValue(1);
        }
    }

    @Test
    void weakIsNestedAndHasInstanceCountsStaticEmptyAndClone() {
        Arc<String> a = Arc.of("v");
        Arc.Weak<String> w = Arc.downgrade(a);
        assertThat(Arc.weakCount(a)).isEqualTo(1);
        assertThat(w.strongCount()).isEqualTo(1);
        assertThat(w.weakCount()).isEqualTo(1);
        Arc.Weak<String> w2 = w.clone();
        assertThat(w2).isNotSameAs(w);
        assertThat(w.weakCount()).isEqualTo(2);
        Optional<Arc<String>> up = w.upgrade();
        assertThat(up).isPresent();
        assertThat(Arc.ptrEq(up.get(), a)).isTrue();
        assertThat(Arc.strongCount(a)).isEqualTo(2);
        up.get().close();
        w2.close();
        assertThat(Arc.weakCount(a)).isEqualTo(1);
        a.close();
        assertThat(w.upgrade()).as("upgrade never revives a dropped value").isEmpty();
        assertThat(w.strongCount()).isZero();
        w.close();

        Arc.Weak<String> empty = Arc.Weak.empty();
        assertThat(empty.upgrade()).isEmpty();
        assertThat(empty.strongCount()).isZero();
        empty.close();
    }

    @Test
    void upgradeRacingTheLastCloseNeverRevivesTheValue() throws Exception {
        for (int round = 0; round < 200; round++) {
            Resource r = new Resource();
            Arc<Resource> a = Arc.of(r);
            Arc.Weak<Resource> w = Arc.downgrade(a);
            CyclicBarrier barrier = new CyclicBarrier(2);
            AtomicReference<Optional<Arc<Resource>>> upgraded = new AtomicReference<>();
            Thread t = new Thread(() -> {
                await(barrier);
                upgraded.set(w.upgrade());
            });
            t.start();
            await(barrier);
            a.close();
            t.join();
            if (upgraded.get().isPresent()) {
                assertThat(r.closes).as("an upgraded handle keeps the value alive").hasValue(0);
                upgraded.get().get().close();
            }
            assertThat(r.closes).hasValue(1);
            assertThat(w.upgrade()).isEmpty();
            w.close();
        }
    }

    @Test
    void failedTryUnwrapLeavesTheSameHandleLive() {
        Arc<String> a = Arc.of("v");
        Arc<String> b = a.clone();
        assertThat(Arc.tryUnwrap(a)).isEmpty();
        assertThat(a.get()).isEqualTo("v");
        assertThat(Arc.strongCount(a)).isEqualTo(2);
        b.close();
        assertThat(Arc.tryUnwrap(a)).contains("v");
        assertThatThrownBy(a::get).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tryUnwrapHandsOutTheValueWithoutRunningItsCleanup() {
        Resource r = new Resource();
        Arc<Resource> a = Arc.of(r);
        Arc.Weak<Resource> w = Arc.downgrade(a);
        assertThat(Arc.tryUnwrap(a)).containsSame(r);
        assertThat(r.closes).hasValue(0);
        assertThat(w.upgrade()).isEmpty();
        w.close();
    }

    @Test
    void intoInnerConsumesTheHandleAndExactlyOneConcurrentCallerWins() throws Exception {
        for (int round = 0; round < 100; round++) {
            Resource r = new Resource();
            Arc<Resource> a = Arc.of(r);
            int threads = 4;
            List<Arc<Resource>> handles = new ArrayList<>();
            handles.add(a);
            for (int i = 1; i < threads; i++) {
                handles.add(a.clone());
            }
            CyclicBarrier barrier = new CyclicBarrier(threads);
            AtomicInteger winners = new AtomicInteger();
            List<Thread> workers = new ArrayList<>();
            for (Arc<Resource> h : handles) {
                Thread t = new Thread(() -> {
                    await(barrier);
                    Optional<Resource> got = Arc.intoInner(h);
                    if (got.isPresent()) {
                        assertThat(got.get()).isSameAs(r);
                        winners.incrementAndGet();
                    }
                });
                workers.add(t);
                t.start();
            }
            for (Thread t : workers) {
                t.join();
            }
            assertThat(winners).hasValue(1);
            assertThat(r.closes).as("the winner owns the value; no cleanup ran").hasValue(0);
            for (Arc<Resource> h : handles) {
                assertThatThrownBy(h::get).isInstanceOf(IllegalStateException.class);
            }
        }
    }

    @Test
    void getMutHandsOutTheValueObjectOnlyWhenExclusive() {
        StringBuilder value = new StringBuilder("x");
        Arc<StringBuilder> a = Arc.of(value);
        assertThat(Arc.getMut(a)).containsSame(value);
        Arc<StringBuilder> b = a.clone();
        assertThat(Arc.getMut(a)).isEmpty();
        b.close();
        Arc.Weak<StringBuilder> w = Arc.downgrade(a);
        assertThat(Arc.getMut(a)).as("a weak handle forbids exclusive access").isEmpty();
        w.close();
        assertThat(Arc.getMut(a)).containsSame(value);
        a.close();
    }

    @Test
    void makeMutClonesOnWriteAndTheHandleThenReturnsTheNewObject() {
        StringBuilder original = new StringBuilder("x");
        Arc<StringBuilder> a = Arc.of(original);
        AtomicInteger copies = new AtomicInteger();
        assertThat(Arc.makeMut(a, v -> {
            copies.incrementAndGet();
            return new StringBuilder(v);
        })).isSameAs(original);
        assertThat(copies).hasValue(0);

        Arc<StringBuilder> shared = a.clone();
        StringBuilder made = Arc.makeMut(a, v -> {
            copies.incrementAndGet();
            return new StringBuilder(v);
        });
        assertThat(copies).hasValue(1);
        assertThat(made).isNotSameAs(original);
        assertThat(a.get()).isSameAs(made);
        assertThat(shared.get()).isSameAs(original);
        assertThat(Arc.ptrEq(a, shared)).isFalse();
        assertThat(Arc.strongCount(a)).isEqualTo(1);
        assertThat(Arc.strongCount(shared)).isEqualTo(1);
        made.append("y");
        assertThat(shared.get().toString()).isEqualTo("x");
        a.close();
        shared.close();
    }

    @Test
    void makeMutWithOnlyWeakSharersMovesTheValueAndDisassociatesThem() {
        StringBuilder original = new StringBuilder("x");
        Arc<StringBuilder> a = Arc.of(original);
        Arc.Weak<StringBuilder> w = Arc.downgrade(a);
        AtomicInteger copies = new AtomicInteger();
        StringBuilder made = Arc.makeMut(a, v -> {
            copies.incrementAndGet();
            return new StringBuilder(v);
        });
        assertThat(made).as("Rust moves the value rather than cloning it").isSameAs(original);
        assertThat(copies).hasValue(0);
        assertThat(a.get()).isSameAs(made);
        assertThat(w.upgrade()).as("the weak handle no longer reaches the value").isEmpty();
        assertThat(Arc.weakCount(a)).isZero();
        assertThat(Arc.getMut(a)).containsSame(original);
        w.close();
        a.close();
    }

    /** A node that keeps a weak handle to its own allocation. */
    static final class Node {
        final Arc.Weak<Node> self;

        Node(Arc.Weak<Node> self) {
            this.self = self;
        }
    }

    @Test
    void newCyclicLendsAWeakToItselfThatUpgradesAfterConstruction() {
        AtomicReference<Optional<Arc<Node>>> duringConstruction = new AtomicReference<>();
        Arc<Node> a = Arc.newCyclic(w -> {
            duringConstruction.set(w.upgrade());
            return new Node(w.clone());
        });
        assertThat(duringConstruction.get()).as("the value does not exist yet").isEmpty();
        Optional<Arc<Node>> up = a.get().self.upgrade();
        assertThat(up).isPresent();
        assertThat(Arc.ptrEq(up.get(), a)).isTrue();
        assertThat(Arc.weakCount(a)).isEqualTo(1);
        up.get().close();
        a.get().self.close();
        a.close();
    }

    @Test
    void misuseOfAClosedHandleThrowsAndChangesNoCount() {
        Arc<String> a = Arc.of("v");
        Arc<String> b = a.clone();
        b.close();
        assertThatThrownBy(b::get).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(b::clone).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(b::close).isInstanceOf(IllegalStateException.class);
        assertThat(Arc.strongCount(a)).isEqualTo(1);
        Arc.Weak<String> w = Arc.downgrade(a);
        w.close();
        assertThatThrownBy(w::close).isInstanceOf(IllegalStateException.class);
        assertThat(Arc.weakCount(a)).isZero();
        a.close();
    }

    @Test
    void aThrowingCleanupIsRethrownUnchangedAndTheAllocationIsDeadAllTheSame() {
        Resource r = new Resource();
        RuntimeException boom = new IllegalArgumentException("cleanup failed");
        r.toThrow = boom;
        Arc<Resource> a = Arc.of(r);
        Arc.Weak<Resource> w = Arc.downgrade(a);
        assertThat(catchThrowable(a::close)).isSameAs(boom);
        assertThat(r.closes).hasValue(1);
        assertThat(w.upgrade()).isEmpty();
        assertThat(w.strongCount()).isZero();
        assertThat(w.weakCount()).isZero();
        assertThatThrownBy(a::close).isInstanceOf(IllegalStateException.class);
        assertThat(r.closes).as("cleanup never runs twice").hasValue(1);
        w.close();
    }

    // ---- Rc -----------------------------------------------------------------------------------

    @Test
    void rcHasTheSameApi() {
        Resource value = new Resource();
        Rc<Resource> a = Rc.of(value);
        Rc<Resource> b = a.clone();
        assertThat(b).isNotSameAs(a);
        assertThat(Rc.ptrEq(a, b)).isTrue();
        assertThat(Rc.strongCount(a)).isEqualTo(2);
        Rc.Weak<Resource> w = Rc.downgrade(a);
        assertThat(Rc.weakCount(a)).isEqualTo(1);
        assertThat(w.strongCount()).isEqualTo(2);
        assertThat(w.weakCount()).isEqualTo(1);
        assertThat(Rc.tryUnwrap(a)).isEmpty();
        assertThat(a.get()).isSameAs(value);
        assertThat(Rc.getMut(a)).isEmpty();
        b.close();
        w.close();
        assertThat(Rc.getMut(a)).containsSame(value);
        assertThat(Rc.makeMut(a, v -> new Resource())).isSameAs(value);
        Rc.Weak<Resource> w2 = Rc.downgrade(a);
        a.close();
        assertThat(value.closes).hasValue(1);
        assertThat(w2.upgrade()).isEmpty();
        assertThatThrownBy(a::close).isInstanceOf(IllegalStateException.class);
        assertThat(value.closes).hasValue(1);
        w2.close();
        Rc.Weak<String> empty = Rc.Weak.empty();
        assertThat(empty.upgrade()).isEmpty();
        assertThat(Rc.intoInner(Rc.of("only"))).contains("only");
    }

    @Test
    void rcNewCyclicAndMakeMutOnSharedValue() {
        Rc<List<Object>> cyclic = Rc.newCyclic(w -> {
            List<Object> list = new ArrayList<>();
            list.add(w.clone());
            return list;
        });
        @SuppressWarnings("unchecked")
        Rc.Weak<List<Object>> self = (Rc.Weak<List<Object>>) cyclic.get().get(0);
        Rc<List<Object>> up = self.upgrade().orElseThrow();
        assertThat(Rc.ptrEq(up, cyclic)).isTrue();
        List<Object> made = Rc.makeMut(cyclic, ArrayList::new);
        assertThat(cyclic.get()).isSameAs(made);
        assertThat(up.get()).isNotSameAs(made);
        up.close();
        self.close();
        cyclic.close();
    }

    @Test
    void rcUsedFromAnotherThreadFailsWithTheCompileErrorsWords() {
        Rc<Mutex<Integer>> rc = Rc.of(Mutex.of(1));
        for (Runnable misuse : List.<Runnable>of(rc::get, rc::clone, rc::close, () -> Rc.strongCount(rc),
                () -> Rc.downgrade(rc))) {
            Throwable thrown = OnAnotherThread.failure(misuse);
            assertThat(thrown).isInstanceOf(NotSendException.class).isInstanceOf(IllegalStateException.class);
            assertThat(thrown.getMessage())
                    .startsWith("`Rc<Mutex<Integer>>` cannot be sent between threads safely");
        }
        assertThat(Rc.strongCount(rc)).as("a refused call changes no count").isEqualTo(1);
        assertThat(Rc.weakCount(rc)).isZero();
        rc.close();
    }

    @Test
    void rcWeakUsedFromAnotherThreadFails() {
        Rc<String> rc = Rc.of("v");
        Rc.Weak<String> w = Rc.downgrade(rc);
        assertThat(OnAnotherThread.failure(w::upgrade)).isInstanceOf(NotSendException.class);
        assertThat(Rc.strongCount(rc)).isEqualTo(1);
        w.close();
        rc.close();
    }

    @Test
    void rcCleanupExceptionIsRethrownUnchanged() {
        Resource r = new Resource();
        RuntimeException boom = new UnsupportedOperationException("x");
        r.toThrow = boom;
        Rc<Resource> a = Rc.of(r);
        Rc.Weak<Resource> w = Rc.downgrade(a);
        assertThat(catchThrowable(a::close)).isSameAs(boom);
        assertThat(w.upgrade()).isEmpty();
        assertThat(w.strongCount()).isZero();
        assertThat(w.weakCount()).isZero();
        w.close();
    }

    /** A value whose cleanup throws a checked exception. */
    static final class FailingFile implements AutoCloseable {
        final java.io.IOException failure = new java.io.IOException("disk gone");
        final AtomicInteger closes = new AtomicInteger();

        @Override
        public void close() throws java.io.IOException {
            closes.incrementAndGet();
            throw failure;
        }
    }

    @Test
    void aCheckedCleanupExceptionIsRethrownUnwrapped() {
        FailingFile arcValue = new FailingFile();
        Arc<FailingFile> a = Arc.of(arcValue);
        Arc.Weak<FailingFile> w = Arc.downgrade(a);
        assertThat(catchThrowable(a::close)).isSameAs(arcValue.failure);
        assertThat(w.upgrade()).isEmpty();
        w.close();

        FailingFile rcValue = new FailingFile();
        Rc<FailingFile> r = Rc.of(rcValue);
        assertThat(catchThrowable(r::close)).isSameAs(rcValue.failure);
        assertThat(rcValue.closes).hasValue(1);
    }

    @Test
    void newCyclicClosesTheLentWeakAfterTheCall() {
        Arc<String> a = Arc.newCyclic(w -> "no self reference");
        assertThat(Arc.weakCount(a)).isZero();
        assertThat(Arc.getMut(a)).isPresent();
        a.close();
        Rc<String> r = Rc.newCyclic(w -> "no self reference");
        assertThat(Rc.weakCount(r)).isZero();
        r.close();
    }

    @Test
    void rcMisuseOfAClosedHandleThrowsAndChangesNoCount() {
        Rc<String> a = Rc.of("v");
        Rc<String> b = a.clone();
        b.close();
        assertThatThrownBy(b::get).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(b::clone).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(b::close).isInstanceOf(IllegalStateException.class);
        assertThat(Rc.strongCount(a)).isEqualTo(1);
        a.close();
    }

    @Test
    void rcStaticCallsFromAnotherThreadAreRefusedToo() {
        Rc<StringBuilder> rc = Rc.of(new StringBuilder("v"));
        Rc<StringBuilder> mine = Rc.of(new StringBuilder("w"));
        for (Runnable misuse : List.<Runnable>of(() -> Rc.tryUnwrap(rc), () -> Rc.intoInner(rc),
                () -> Rc.getMut(rc), () -> Rc.makeMut(rc, StringBuilder::new), () -> Rc.weakCount(rc))) {
            assertThat(OnAnotherThread.failure(misuse)).isInstanceOf(NotSendException.class);
        }
        assertThat(rc.get().toString()).isEqualTo("v");
        assertThat(Rc.strongCount(rc)).isEqualTo(1);
        assertThat(Rc.ptrEq(rc, mine)).isFalse();
        rc.close();
        mine.close();
    }

    @Test
    void theRefusalNamesNestedTypeArgumentsFromTheValues() {
        Rc<Arc<Mutex<String>>> rc = Rc.of(Arc.of(Mutex.of("s")));
        assertThat(OnAnotherThread.failure(rc::get).getMessage())
                .startsWith("`Rc<Arc<Mutex<String>>>` cannot be sent between threads safely");
        rc.close();
    }

    static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
