package dev.fearless.rc;

import dev.fearless.internal.RuntimeTypeName;
import dev.fearless.marker.NotSendException;
import dev.fearless.sync.Arc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class RcTest {
    static final class Resource implements AutoCloseable {
        int closes;

        @Override
        public void close() {
            closes++;
        }
    }

    /** A stand-in for a lock type, registered as a one-value container like the real ones are. */
    static final class Mutex<T> {
        final T value;

        Mutex(T value) {
            this.value = value;
        }

        static {
            RuntimeTypeName.register(Mutex.class, m -> ((Mutex<?>) m).value);
        }
    }

    /** Runs {@code body} on a new thread named {@code name} and returns what it threw. */
    static Throwable onOtherThread(String name, Runnable body) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, name);
        t.start();
        t.join();
        return thrown.get();
    }

    @Test
    void countsCloneAndCleanup() {
        Resource r = new Resource();
        Rc<Resource> a = Rc.of(r);
        assertThat(Rc.strongCount(a)).isEqualTo(1);
        Rc<Resource> b = a.clone();
        assertThat(b).isNotSameAs(a);
        assertThat(b.get()).isSameAs(r);
        assertThat(Rc.ptrEq(a, b)).isTrue();
        assertThat(Rc.strongCount(a)).isEqualTo(2);
        a.close();
        assertThat(r.closes).isZero();
        b.close();
        assertThat(r.closes).isEqualTo(1);
    }

    @Test
    void ofRejectsNull() {
        assertThatThrownBy(() -> Rc.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void cleanupExceptionIsRethrownAndTheValueIsDeadAllTheSame() {
        IOException failure = new IOException("gone");
        Rc<AutoCloseable> a = Rc.of(() -> {
            throw failure;
        });
        Rc.Weak<AutoCloseable> w = Rc.downgrade(a);
        assertThatThrownBy(a::close).isSameAs(failure);
        assertThat(w.upgrade()).isEmpty();
        assertThat(w.strongCount()).isZero();
        assertThat(w.weakCount()).isZero();
        assertThatThrownBy(a::close).isInstanceOf(IllegalStateException.class);
        w.close();
    }

    @Test
    void misuseOfAClosedHandleThrowsAndChangesNothing() {
        Resource r = new Resource();
        Rc<Resource> a = Rc.of(r);
        Rc<Resource> b = a.clone();
        b.close();
        assertThatThrownBy(b::close).isInstanceOf(IllegalStateException.class).hasMessageContaining("already closed");
        assertThatThrownBy(b::get).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(b::clone).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Rc.downgrade(b)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Rc.intoInner(b)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Rc.tryUnwrap(b)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Rc.makeMut(b, x -> x)).isInstanceOf(IllegalStateException.class);
        assertThat(Rc.strongCount(a)).isEqualTo(1);
        assertThat(r.closes).isZero();
        a.close();
        assertThat(r.closes).isEqualTo(1);
    }

    @Test
    void weakHandles() {
        Rc<String> a = Rc.of("x");
        Rc.Weak<String> w = Rc.downgrade(a);
        Rc.Weak<String> w2 = w.clone();
        assertThat(Rc.weakCount(a)).isEqualTo(2);
        assertThat(w.weakCount()).isEqualTo(2);
        assertThat(w.strongCount()).isEqualTo(1);
        try (Rc<String> up = w.upgrade().orElseThrow()) {
            assertThat(Rc.ptrEq(up, a)).isTrue();
            assertThat(Rc.strongCount(a)).isEqualTo(2);
        }
        w2.close();
        assertThatThrownBy(w2::close).isInstanceOf(IllegalStateException.class);
        assertThat(Rc.weakCount(a)).isEqualTo(1);
        a.close();
        assertThat(w.upgrade()).isEmpty();
        assertThat(w.strongCount()).isZero();
        w.close();
        assertThatThrownBy(w::upgrade).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void emptyWeakNeverUpgrades() {
        Rc.Weak<String> none = Rc.Weak.empty();
        assertThat(none.upgrade()).isEmpty();
        assertThat(none.strongCount()).isZero();
        none.clone().close();
        none.close();
    }

    @Test
    void tryUnwrapAndIntoInner() {
        Resource r = new Resource();
        Rc<Resource> a = Rc.of(r);
        Rc<Resource> b = a.clone();
        assertThat(Rc.tryUnwrap(a)).isEmpty();
        assertThat(a.get()).isSameAs(r); // the same handle stays live
        assertThat(Rc.intoInner(b)).isEmpty();
        assertThatThrownBy(b::get).isInstanceOf(IllegalStateException.class);
        Rc.Weak<Resource> w = Rc.downgrade(a);
        assertThat(Rc.tryUnwrap(a)).containsSame(r);
        assertThatThrownBy(a::close).isInstanceOf(IllegalStateException.class);
        assertThat(w.upgrade()).isEmpty();
        assertThat(r.closes).isZero();
        w.close();

        Rc<Resource> c = Rc.of(r);
        assertThat(Rc.intoInner(c)).containsSame(r);
        assertThatThrownBy(c::close).isInstanceOf(IllegalStateException.class);
        assertThat(r.closes).isZero();
    }

    @Test
    void getMutAndMakeMut() {
        List<String> list = new ArrayList<>(List.of("a"));
        Rc<List<String>> mine = Rc.of(list);
        assertThat(Rc.getMut(mine)).containsSame(list);
        assertThat(Rc.makeMut(mine, ArrayList::new)).isSameAs(list);

        Rc<List<String>> theirs = mine.clone();
        assertThat(Rc.getMut(mine)).isEmpty();
        List<String> copy = Rc.makeMut(mine, ArrayList::new);
        copy.add("b");
        assertThat(mine.get()).isSameAs(copy).containsExactly("a", "b");
        assertThat(theirs.get()).isSameAs(list).containsExactly("a");
        assertThat(Rc.strongCount(theirs)).isEqualTo(1);
        assertThat(Rc.ptrEq(mine, theirs)).isFalse();
        theirs.close();

        Rc.Weak<List<String>> w = Rc.downgrade(mine);
        assertThat(Rc.getMut(mine)).isEmpty();
        assertThat(Rc.makeMut(mine, l -> {
            throw new AssertionError("must not copy");
        })).isSameAs(copy);
        assertThat(w.upgrade()).isEmpty();
        assertThat(Rc.weakCount(mine)).isZero();
        w.close();
        mine.close();
    }

    record Node(Rc.Weak<Node> self) {
    }

    @Test
    void newCyclic() {
        AtomicReference<Optional<Rc<Node>>> during = new AtomicReference<>();
        Rc<Node> node = Rc.newCyclic(w -> {
            during.set(w.upgrade());
            return new Node(w.clone());
        });
        assertThat(during.get()).isEmpty();
        assertThat(Rc.weakCount(node)).isEqualTo(1);
        try (Rc<Node> self = node.get().self().upgrade().orElseThrow()) {
            assertThat(Rc.ptrEq(self, node)).isTrue();
        }
        node.get().self().close();
        node.close();
    }

    @Test
    void anotherThreadGetsTheCompileErrorsWordsAndChangesNoCount() throws Exception {
        Resource r = new Resource();
        Rc<Mutex<Integer>> counter = Rc.of(new Mutex<>(0));
        Rc.Weak<Mutex<Integer>> weak = Rc.downgrade(counter);
        String owner = Thread.currentThread().getName();
        List<Consumer<Rc<Mutex<Integer>>>> calls = List.of(
                Rc::get, Rc::clone, Rc::close, Rc::strongCount, Rc::weakCount, Rc::downgrade, Rc::tryUnwrap,
                Rc::intoInner, Rc::getMut, h -> Rc.makeMut(h, m -> m), h -> Rc.ptrEq(h, h));
        for (Consumer<Rc<Mutex<Integer>>> call : calls) {
            Throwable thrown = onOtherThread("worker-1", () -> call.accept(counter));
            assertThat(thrown).isInstanceOf(NotSendException.class).isInstanceOf(IllegalStateException.class);
            assertThat(thrown.getMessage())
                    .startsWith("`Rc<Mutex<Integer>>` cannot be sent between threads safely")
                    .contains("created on thread \"" + owner + "\"")
                    .contains("used on thread \"worker-1\"")
                    .contains("Arc");
        }
        List<Consumer<Rc.Weak<Mutex<Integer>>>> weakCalls = List.of(
                Rc.Weak::upgrade, Rc.Weak::clone, Rc.Weak::close, Rc.Weak::strongCount, Rc.Weak::weakCount);
        for (Consumer<Rc.Weak<Mutex<Integer>>> call : weakCalls) {
            Throwable thrown = onOtherThread("worker-2", () -> call.accept(weak));
            assertThat(thrown).isInstanceOf(NotSendException.class);
            assertThat(thrown.getMessage())
                    .startsWith("`Rc.Weak<Mutex<Integer>>` cannot be sent between threads safely");
        }
        assertThat(Rc.strongCount(counter)).isEqualTo(1);
        assertThat(Rc.weakCount(counter)).isEqualTo(1);
        assertThat(counter.get().value).isZero();
        weak.close();
        counter.close();
        assertThat(r.closes).isZero();
    }

    @Test
    void aClosedHandleUsedFromAnotherThreadStillReportsTheThread() throws Exception {
        Rc<String> a = Rc.of("x");
        Rc<String> b = a.clone();
        b.close();
        assertThat(onOtherThread("t", b::close)).isInstanceOf(NotSendException.class);
        assertThat(Rc.strongCount(a)).isEqualTo(1);
        a.close();
    }

    @Test
    void nestedTypesAreNamedFromTheRuntimeClasses() throws Exception {
        Rc<String> inner = Rc.of("s");
        Arc<Rc<String>> outer = Arc.of(inner);
        assertThat(RuntimeTypeName.of(outer)).isEqualTo("Arc<Rc<String>>");
        Throwable thrown = onOtherThread("w", () -> outer.get().get());
        assertThat(thrown).hasMessageStartingWith("`Rc<String>` cannot be sent between threads safely");
        outer.close(); // drop glue: the Arc's cleanup closes the Rc it owned
        assertThatThrownBy(inner::close).isInstanceOf(IllegalStateException.class);
        assertThat(RuntimeTypeName.of(Arc.Weak.empty())).isEqualTo("Arc.Weak<?>");
    }

    @Test
    void toStringNeverThrows() throws Exception {
        Rc<String> a = Rc.of("x");
        assertThat(a).hasToString("Rc(x)");
        AtomicReference<String> seen = new AtomicReference<>();
        onOtherThread("t", () -> seen.set(a.toString()));
        assertThat(seen.get()).isEqualTo("Rc(..)");
        a.close();
        assertThat(a).hasToString("Rc(closed)");
    }
}
