package dev.fearless.sync;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArcTest {
    /** A value whose cleanup is counted. */
    static final class Resource implements AutoCloseable {
        final AtomicInteger closes = new AtomicInteger();

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }

    @Test
    void ofStartsWithOneStrongAndNoWeak() {
        Arc<String> a = Arc.of("x");
        assertThat(a.get()).isEqualTo("x");
        assertThat(Arc.strongCount(a)).isEqualTo(1);
        assertThat(Arc.weakCount(a)).isZero();
        a.close();
    }

    @Test
    void ofRejectsNull() {
        assertThatThrownBy(() -> Arc.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void cloneIsANewHandleToTheSameValue() {
        Arc<StringBuilder> a = Arc.of(new StringBuilder());
        Arc<StringBuilder> b = a.clone();
        assertThat(b).isNotSameAs(a);
        assertThat(b.get()).isSameAs(a.get());
        assertThat(Arc.ptrEq(a, b)).isTrue();
        assertThat(Arc.strongCount(a)).isEqualTo(2);
        b.close();
        assertThat(Arc.strongCount(a)).isEqualTo(1);
        a.close();
    }

    @Test
    void lastCloseRunsCleanupOnceOnTheClosingThread() {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        AtomicInteger runs = new AtomicInteger();
        AutoCloseable value = () -> {
            runs.incrementAndGet();
            ranOn.set(Thread.currentThread());
        };
        Arc<AutoCloseable> a = Arc.of(value);
        Arc<AutoCloseable> b = a.clone();
        a.close();
        assertThat(runs).hasValue(0);
        b.close();
        assertThat(runs).hasValue(1);
        assertThat(ranOn.get()).isSameAs(Thread.currentThread());
    }

    @Test
    void valueThatIsNotAutoCloseableIsSimplyDropped() {
        Arc<List<String>> a = Arc.of(new ArrayList<>());
        Arc.Weak<List<String>> w = Arc.downgrade(a);
        a.close();
        assertThat(w.upgrade()).isEmpty();
        w.close();
    }

    @Test
    void cleanupExceptionIsRethrownAsTheSameObjectAndTheValueIsDeadAllTheSame() {
        IOException failure = new IOException("disk gone");
        AtomicInteger runs = new AtomicInteger();
        AutoCloseable value = () -> {
            runs.incrementAndGet();
            throw failure;
        };
        Arc<AutoCloseable> a = Arc.of(value);
        Arc.Weak<AutoCloseable> w = Arc.downgrade(a);
        assertThatThrownBy(a::close).isSameAs(failure);
        assertThat(runs).hasValue(1);
        assertThat(w.upgrade()).isEmpty();
        assertThat(w.strongCount()).isZero();
        assertThat(w.weakCount()).isZero();
        assertThatThrownBy(a::close).isInstanceOf(IllegalStateException.class);
        assertThat(runs).hasValue(1);
        w.close();
    }

    @Test
    void uncheckedCleanupFailureIsRethrownUnchanged() {
        AssertionError failure = new AssertionError("boom");
        Arc<AutoCloseable> a = Arc.of(() -> {
            throw failure;
        });
        assertThatThrownBy(a::close).isSameAs(failure);
    }

    @Test
    void misuseOfAClosedHandleThrowsAndChangesNothing() {
        Resource r = new Resource();
        Arc<Resource> a = Arc.of(r);
        Arc<Resource> b = a.clone();
        Arc.Weak<Resource> w = Arc.downgrade(b);
        b.close();
        assertThatThrownBy(b::close).isInstanceOf(IllegalStateException.class).hasMessageContaining("already closed");
        assertThatThrownBy(b::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed Arc");
        assertThatThrownBy(b::clone).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Arc.strongCount(b)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Arc.downgrade(b)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Arc.tryUnwrap(b)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Arc.intoInner(b)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Arc.getMut(b)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Arc.makeMut(b, x -> x)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Arc.ptrEq(a, b)).isInstanceOf(IllegalStateException.class);
        assertThat(Arc.strongCount(a)).isEqualTo(1);
        assertThat(Arc.weakCount(a)).isEqualTo(1);
        assertThat(r.closes).hasValue(0);
        w.close();
        assertThatThrownBy(w::close).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(w::upgrade).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(w::clone).isInstanceOf(IllegalStateException.class);
        assertThat(Arc.weakCount(a)).isZero();
        a.close();
        assertThat(r.closes).hasValue(1);
    }

    @Test
    void downgradeAndUpgrade() {
        Arc<String> a = Arc.of("x");
        Arc.Weak<String> w = Arc.downgrade(a);
        assertThat(Arc.weakCount(a)).isEqualTo(1);
        assertThat(w.strongCount()).isEqualTo(1);
        assertThat(w.weakCount()).isEqualTo(1);
        Arc<String> up = w.upgrade().orElseThrow();
        assertThat(Arc.ptrEq(a, up)).isTrue();
        assertThat(Arc.strongCount(a)).isEqualTo(2);
        up.close();
        a.close();
        assertThat(w.upgrade()).isEmpty();
        assertThat(w.strongCount()).isZero();
        assertThat(w.weakCount()).isZero();
        w.close();
    }

    @Test
    void weakCloneAndCounts() {
        Arc<String> a = Arc.of("x");
        Arc.Weak<String> w = Arc.downgrade(a);
        Arc.Weak<String> w2 = w.clone();
        assertThat(w2).isNotSameAs(w);
        assertThat(Arc.weakCount(a)).isEqualTo(2);
        assertThat(w2.weakCount()).isEqualTo(2);
        w.close();
        assertThat(Arc.weakCount(a)).isEqualTo(1);
        w2.close();
        assertThat(Arc.weakCount(a)).isZero();
        a.close();
    }

    @Test
    void emptyWeakNeverUpgrades() {
        Arc.Weak<String> none = Arc.Weak.empty();
        assertThat(none.upgrade()).isEmpty();
        assertThat(none.strongCount()).isZero();
        assertThat(none.weakCount()).isZero();
        Arc.Weak<String> copy = none.clone();
        assertThat(copy.upgrade()).isEmpty();
        copy.close();
        none.close();
        assertThatThrownBy(none::close).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tryUnwrapSucceedsOnlyForTheSoleStrongHandleAndSkipsCleanup() {
        Resource r = new Resource();
        Arc<Resource> a = Arc.of(r);
        Arc<Resource> b = a.clone();
        assertThat(Arc.tryUnwrap(a)).isEmpty();
        // the same handle stays live
        assertThat(a.get()).isSameAs(r);
        assertThat(Arc.strongCount(a)).isEqualTo(2);
        b.close();
        Arc.Weak<Resource> w = Arc.downgrade(a);
        assertThat(Arc.tryUnwrap(a)).containsSame(r);
        assertThat(r.closes).hasValue(0);
        assertThatThrownBy(a::get).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(a::close).isInstanceOf(IllegalStateException.class);
        assertThat(w.upgrade()).isEmpty();
        w.close();
    }

    @Test
    void intoInnerAlwaysConsumesAndTheLastGetsTheValue() {
        Resource r = new Resource();
        Arc<Resource> a = Arc.of(r);
        Arc<Resource> b = a.clone();
        assertThat(Arc.intoInner(a)).isEmpty();
        assertThatThrownBy(a::get).isInstanceOf(IllegalStateException.class);
        assertThat(Arc.strongCount(b)).isEqualTo(1);
        assertThat(Arc.intoInner(b)).containsSame(r);
        assertThatThrownBy(b::close).isInstanceOf(IllegalStateException.class);
        assertThat(r.closes).hasValue(0);
    }

    @Test
    void getMutRequiresOneStrongAndNoWeak() {
        int[] array = new int[1];
        Arc<int[]> a = Arc.of(array);
        assertThat(Arc.getMut(a)).containsSame(array);
        Arc<int[]> b = a.clone();
        assertThat(Arc.getMut(a)).isEmpty();
        b.close();
        Arc.Weak<int[]> w = Arc.downgrade(a);
        assertThat(Arc.getMut(a)).isEmpty();
        w.close();
        assertThat(Arc.getMut(a)).containsSame(array);
        assertThat(Arc.weakCount(a)).isZero();
        a.close();
    }

    @Test
    void makeMutOnAUniqueHandleReturnsTheValueItself() {
        List<String> list = new ArrayList<>();
        Arc<List<String>> a = Arc.of(list);
        AtomicInteger copies = new AtomicInteger();
        List<String> mine = Arc.makeMut(a, l -> {
            copies.incrementAndGet();
            return new ArrayList<>(l);
        });
        assertThat(mine).isSameAs(list);
        assertThat(copies).hasValue(0);
        a.close();
    }

    @Test
    void makeMutCopiesWhenSharedAndRepointsTheHandle() {
        Resource original = new Resource();
        Arc<Resource> mine = Arc.of(original);
        Arc<Resource> theirs = mine.clone();
        Resource copy = Arc.makeMut(mine, r -> new Resource());
        assertThat(copy).isNotSameAs(original);
        assertThat(mine.get()).isSameAs(copy);
        assertThat(theirs.get()).isSameAs(original);
        assertThat(Arc.ptrEq(mine, theirs)).isFalse();
        assertThat(Arc.strongCount(mine)).isEqualTo(1);
        assertThat(Arc.strongCount(theirs)).isEqualTo(1);
        theirs.close();
        assertThat(original.closes).hasValue(1);
        mine.close();
        assertThat(copy.closes).hasValue(1);
    }

    @Test
    void makeMutWithWeakHandlesMovesTheValueAndDisassociatesThem() {
        Resource r = new Resource();
        Arc<Resource> a = Arc.of(r);
        Arc.Weak<Resource> w = Arc.downgrade(a);
        Resource mine = Arc.makeMut(a, x -> {
            throw new AssertionError("must not copy");
        });
        assertThat(mine).isSameAs(r);
        assertThat(a.get()).isSameAs(r);
        assertThat(w.upgrade()).isEmpty();
        assertThat(Arc.weakCount(a)).isZero();
        assertThat(r.closes).hasValue(0);
        w.close();
        a.close();
        assertThat(r.closes).hasValue(1);
    }

    @Test
    void makeMutCopierFailureChangesNothing() {
        Arc<String> a = Arc.of("x");
        Arc<String> b = a.clone();
        IllegalArgumentException failure = new IllegalArgumentException();
        assertThatThrownBy(() -> Arc.makeMut(a, s -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(Arc.ptrEq(a, b)).isTrue();
        assertThat(Arc.strongCount(a)).isEqualTo(2);
        assertThatThrownBy(() -> Arc.makeMut(a, s -> null)).isInstanceOf(NullPointerException.class);
        assertThat(Arc.strongCount(a)).isEqualTo(2);
        a.close();
        b.close();
    }

    record Node(String name, Arc.Weak<Node> self) {
    }

    @Test
    void newCyclicLendsAWeakThatUpgradesOnlyAfterConstruction() {
        AtomicReference<Optional<Arc<Node>>> duringConstruction = new AtomicReference<>();
        AtomicInteger strongDuring = new AtomicInteger(-1);
        Arc<Node> node = Arc.newCyclic(w -> {
            duringConstruction.set(w.upgrade());
            strongDuring.set(w.strongCount());
            return new Node("n", w.clone());
        });
        assertThat(duringConstruction.get()).isEmpty();
        assertThat(strongDuring).hasValue(0);
        assertThat(Arc.weakCount(node)).isEqualTo(1); // the lent handle was closed, the kept clone remains
        try (Arc<Node> self = node.get().self().upgrade().orElseThrow()) {
            assertThat(Arc.ptrEq(self, node)).isTrue();
            assertThat(self.get().name()).isEqualTo("n");
        }
        node.get().self().close();
        node.close();
    }

    @Test
    void newCyclicWhoseBodyFailsLeavesNothingAlive() {
        RuntimeException failure = new RuntimeException("no");
        AtomicReference<Arc.Weak<String>> kept = new AtomicReference<>();
        assertThatThrownBy(() -> Arc.<String>newCyclic(w -> {
            kept.set(w.clone());
            throw failure;
        })).isSameAs(failure);
        assertThat(kept.get().upgrade()).isEmpty();
        kept.get().close();
    }

    @Test
    void newCyclicBodyMayCloseTheLentHandleItself() {
        Arc<String> a = Arc.newCyclic(w -> {
            w.close();
            return "x";
        });
        assertThat(Arc.weakCount(a)).isZero();
        a.close();
    }

    @Test
    void ptrEqComparesAllocationsNotValues() {
        Arc<String> a = Arc.of("x");
        Arc<String> b = Arc.of("x");
        assertThat(Arc.ptrEq(a, b)).isFalse();
        assertThat(Arc.ptrEq(a, a)).isTrue();
        a.close();
        b.close();
    }

    @Test
    void toStringNeverThrows() {
        Arc<String> a = Arc.of("x");
        Arc.Weak<String> w = Arc.downgrade(a);
        assertThat(a).hasToString("Arc(x)");
        assertThat(w).hasToString("Arc.Weak(alive)");
        a.close();
        assertThat(a).hasToString("Arc(closed)");
        assertThat(w).hasToString("Arc.Weak(dead)");
        w.close();
        assertThat(w).hasToString("Arc.Weak(closed)");
    }

    @Test
    void handleIsUsableWithTryWithResources() {
        Resource r = new Resource();
        try (Arc<Resource> a = Arc.of(r); Arc<Resource> b = a.clone()) {
            assertThat(Arc.strongCount(b)).isEqualTo(2);
        }
        assertThat(r.closes).hasValue(1);
    }
}
