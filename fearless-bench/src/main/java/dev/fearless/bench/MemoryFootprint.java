package dev.fearless.bench;

import dev.fearless.rc.Rc;
import dev.fearless.sync.Arc;
import dev.fearless.sync.Mutex;
import dev.fearless.sync.MutexGuard;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Bytes that a handle or a lock adds to the heap, measured with JOL by walking the object graph.
 *
 * <p>Each figure is the graph reachable from the measured objects minus the graph of what exists anyway
 * (the guarded value, the current thread, which a confined {@code Rc} or a locked mutex refers to), so
 * it is exactly the memory the abstraction itself costs. Prints tab-separated lines
 * {@code key  bytes  classes} for the report (bytes -1 if that figure could not be measured); run with {@code -Dfearless.leakDetection=off} so that no
 * leak tracker is reachable from the handles (its cost is measured separately).
 *
 * <pre>{@code java -Dfearless.leakDetection=off -cp benchmarks.jar dev.fearless.bench.MemoryFootprint}</pre>
 */
public final class MemoryFootprint {
    static {
        // JDK classes (a thread, lock internals) are reached by the graph walk; without this JOL needs
        // --add-opens for every package it meets.
        if (System.getProperty("jol.magicFieldOffset") == null) {
            System.setProperty("jol.magicFieldOffset", "true");
        }
    }

    private MemoryFootprint() {
    }

    /** One measured figure. */
    record Figure(String key, long bytes, String classes) {
        String line() {
            return key + "\t" + bytes + "\t" + classes;
        }
    }

    public static void main(String[] args) {
        System.out.println("# " + VM.current().details().replace("\n", "\n# ").trim());
        for (Figure figure : measureAll()) {
            System.out.println(figure.line());
        }
    }

    /** Every figure the report shows. */
    static List<Figure> measureAll() {
        List<Figure> out = new ArrayList<>();
        Object value = new Object();

        out.add(owned("arc.allocation", () -> new Object[] {Arc.of(value)}, value));
        out.add(extraHandle("arc.extraHandle", value, () -> Arc.of(value), Arc::clone));
        out.add(extraHandle("arc.weakHandle", value, () -> Arc.of(value), Arc::downgrade));
        out.add(owned("rc.allocation", () -> new Object[] {Rc.of(value)}, value));
        out.add(extraHandle("rc.extraHandle", value, () -> Rc.of(value), Rc::clone));
        out.add(owned("atomicInteger.box", () -> new Object[] {new AtomicCountedBox(value)}, value));
        out.add(owned("varHandle.box", () -> new Object[] {new IntCountedBox(value)}, value));
        out.add(owned("netty.refCounted", () -> new Object[] {new RefCountBench.NettyCounted(value)}, value));

        out.add(owned("mutex.fresh", () -> new Object[] {Mutex.of(value)}, value));
        out.add(owned("mutex.afterUse", () -> {
            Mutex<Object> mutex = Mutex.of(value);
            try (MutexGuard<Object> guard = mutex.lock()) {
                guard.get();
            }
            return new Object[] {mutex};
        }, value));
        out.add(owned("reentrantLock.fresh", () -> new Object[] {new ReentrantLock()}, value));
        out.add(owned("reentrantLock.box", () -> {
            LockedBox box = new LockedBox(value);
            box.lock.lock();
            box.lock.unlock();
            return new Object[] {box};
        }, value));
        out.add(owned("monitor.box", () -> new Object[] {new MonitorBox(value)}, value));
        return out;
    }

    /** Bytes reachable from {@code make}'s objects and not from {@code value} or this thread. */
    private static Figure owned(String key, Supplier<Object[]> make, Object value) {
        return stable(key, () -> {
            GraphLayout all = GraphLayout.parseInstance(make.get());
            GraphLayout own = all.subtract(existing(all, value));
            return new Figure(key, own.totalSize(), describe(own));
        });
    }

    /** The graph of what exists anyway; the thread's (large) graph only if {@code graph} reaches a thread. */
    private static GraphLayout existing(GraphLayout graph, Object value) {
        boolean reachesThread = graph.getClasses().stream().anyMatch(Thread.class::isAssignableFrom);
        return reachesThread ? GraphLayout.parseInstance(value, Thread.currentThread())
                : GraphLayout.parseInstance(value);
    }

    /** Bytes one more handle adds to an existing allocation. */
    private static <H> Figure extraHandle(String key, Object value, Supplier<H> first,
                                          Function<H, Object> another) {
        return stable(key, () -> {
            H one = first.get();
            Object two = another.apply(one);
            GraphLayout both = GraphLayout.parseInstance(one, two);
            GraphLayout graph = both.subtract(GraphLayout.parseInstance(one).add(existing(both, value)));
            return new Figure(key, graph.totalSize(), describe(graph));
        });
    }

    /**
     * The smallest of three measurements. Both ways a subtraction can go wrong add bytes: a garbage
     * collection between two graph walks moves objects (JOL matches objects by address), and an object that
     * was reachable from the current thread during the first walk may be gone by the second.
     */
    private static Figure stable(String key, Supplier<Figure> measure) {
        Figure best = null;
        for (int i = 0; i < 3; i++) {
            Figure f;
            try {
                f = measure.get();
            } catch (RuntimeException e) { // one broken type must not hide the other figures
                return new Figure(key, -1, "failed: " + e);
            }
            if (best == null || f.bytes() < best.bytes()) {
                best = f;
            }
        }
        return best;
    }

    /** "Arc 16 + Arc$Inner 24": each class's simple name, count if more than one, and bytes. */
    private static String describe(GraphLayout graph) {
        Set<String> parts = new TreeSet<>();
        for (Class<?> c : graph.getClasses()) {
            long count = graph.getClassCounts().count(c);
            long bytes = graph.getClassSizes().count(c);
            String name = c.getName().substring(c.getName().lastIndexOf('.') + 1);
            parts.add(name + (count > 1 ? " x" + count : "") + " " + bytes);
        }
        return parts.isEmpty() ? "-" : String.join(" + ", parts);
    }

    /** The hand-written alternative to {@code Arc}: a value beside an {@code AtomicInteger}. */
    static final class AtomicCountedBox {
        final AtomicInteger count = new AtomicInteger(1);
        final Object value;

        AtomicCountedBox(Object value) {
            this.value = value;
        }
    }

    /** The lean hand-written alternative: a value beside an {@code int} updated through a VarHandle. */
    static final class IntCountedBox {
        volatile int count = 1;
        final Object value;

        IntCountedBox(Object value) {
            this.value = value;
        }
    }

    /** The usual Java alternative to {@code Mutex<T>}: a value beside a {@code ReentrantLock}. */
    static final class LockedBox {
        final ReentrantLock lock = new ReentrantLock();
        Object value;

        LockedBox(Object value) {
            this.value = value;
        }
    }

    /** A value guarded by {@code synchronized} on its holder: the monitor lives in the object header. */
    static final class MonitorBox {
        Object value;

        MonitorBox(Object value) {
            this.value = value;
        }
    }
}
