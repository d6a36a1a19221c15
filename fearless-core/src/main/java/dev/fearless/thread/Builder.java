package dev.fearless.thread;

import dev.fearless.marker.Send;
import dev.fearless.marker.Sync;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Settings for a new thread (Rust's {@code std::thread::Builder}), obtained from
 * {@link Threads#builder()}: name, daemon status, stack size, or a virtual thread on JDK 21+.
 *
 * <pre>{@code
 * JoinHandle<String> handle = Threads.builder()
 *         .name("worker-1")
 *         .daemon(true)
 *         .spawn(() -> Thread.currentThread().getName());
 * String name = handle.join(); // "worker-1"
 * }</pre>
 *
 * <p>A builder is immutable: each setter returns a new builder, so one builder may be kept and used
 * for many threads, from many threads. Settings left alone are Java's defaults: a platform thread
 * named {@code Thread-N}, daemon if the spawning thread is, the JVM's default stack size.
 *
 * <p>Marked {@link Send @Send} and {@link Sync @Sync}: it is an immutable value.
 *
 * <p>Memory consistency effects: as for {@link Threads#spawn(Supplier)}.
 */
@Send
@Sync
public final class Builder {
    private static final Builder DEFAULTS = new Builder(null, null, 0, false);
    private static final AtomicLong UNNAMED = new AtomicLong(); // names threads that need a name given

    private final String name; // null: Java's default name
    private final Boolean daemon; // null: inherited from the spawning thread
    private final long stackSize; // 0: the JVM's default
    private final boolean virtual;

    private Builder(String name, Boolean daemon, long stackSize, boolean virtual) {
        this.name = name;
        this.daemon = daemon;
        this.stackSize = stackSize;
        this.virtual = virtual;
    }

    static Builder defaults() {
        return DEFAULTS;
    }

    /**
     * Names the thread (Rust's {@code Builder::name}); the name shows in stack traces, thread dumps and
     * {@link PanicException} messages.
     *
     * <pre>{@code
     * Threads.builder().name("indexer").spawn(() -> { index(); });
     * }</pre>
     *
     * <p>Memory consistency effects: none; builders are immutable.
     *
     * @param name the thread's name
     * @return a builder with this name and the other settings of this one
     * @throws NullPointerException if {@code name} is null
     */
    public Builder name(String name) {
        return new Builder(Objects.requireNonNull(name, "name"), daemon, stackSize, virtual);
    }

    /**
     * Makes the thread a daemon thread, which does not keep the JVM alive, or not (Java's
     * {@link Thread#setDaemon(boolean)}; Rust's threads all behave like daemons). Virtual threads are
     * always daemons, so {@code daemon(false)} together with {@link #virtual(boolean) virtual(true)}
     * is rejected when spawning.
     *
     * <pre>{@code
     * Threads.builder().daemon(true).spawn(() -> { pollForever(); });
     * }</pre>
     *
     * <p>Memory consistency effects: none; builders are immutable.
     *
     * @param on whether the thread is a daemon
     * @return a builder with this setting and the other settings of this one
     */
    public Builder daemon(boolean on) {
        return new Builder(name, on, stackSize, virtual);
    }

    /**
     * Asks for a stack of {@code bytes} bytes (Rust's {@code Builder::stack_size}); as with
     * {@link Thread#Thread(ThreadGroup, Runnable, String, long)}, the JVM may ignore it. Not for
     * virtual threads.
     *
     * <pre>{@code
     * Threads.builder().stackSize(64L << 20).spawn(() -> deepRecursion());
     * }</pre>
     *
     * <p>Memory consistency effects: none; builders are immutable.
     *
     * @param bytes the requested stack size; 0 means the JVM's default
     * @return a builder with this setting and the other settings of this one
     * @throws IllegalArgumentException if {@code bytes} is negative
     */
    public Builder stackSize(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("stack size must not be negative: " + bytes);
        }
        return new Builder(name, daemon, bytes, virtual);
    }

    /**
     * Spawns a virtual thread (JDK 21+) instead of a platform thread, or not. The library is compiled
     * for Java 17 and reaches {@code Thread.ofVirtual()} at run time.
     *
     * <pre>{@code
     * List<JoinHandle<Void>> handles = new ArrayList<>();
     * for (int i = 0; i < 10_000; i++) {
     *     handles.add(Threads.builder().virtual(true).spawn(() -> { handleRequest(); }));
     * }
     * handles.forEach(JoinHandle::join);
     * }</pre>
     *
     * <p>Memory consistency effects: none; builders are immutable.
     *
     * @param on whether to spawn a virtual thread
     * @return a builder with this setting and the other settings of this one
     * @throws UnsupportedOperationException if {@code on} and the running JDK is older than 21
     */
    public Builder virtual(boolean on) {
        if (on) {
            VirtualThreads.requireAvailable();
        }
        return new Builder(name, daemon, stackSize, on);
    }

    /**
     * Same as {@link #virtual(boolean) virtual(true)}.
     *
     * <pre>{@code
     * Threads.builder().virtual().name("request-7").spawn(() -> { handleRequest(); });
     * }</pre>
     *
     * <p>Memory consistency effects: none; builders are immutable.
     *
     * @return a builder for a virtual thread with the other settings of this one
     * @throws UnsupportedOperationException if the running JDK is older than 21
     */
    public Builder virtual() {
        return virtual(true);
    }

    /**
     * Starts a thread with these settings that runs {@code body} (Rust's {@code Builder::spawn}).
     *
     * <pre>{@code
     * JoinHandle<Integer> h = Threads.builder().name("adder").spawn(() -> 1 + 2);
     * int three = h.join();
     * }</pre>
     *
     * <p>The {@link Send @Send} parameter marks a thread boundary for the {@code -Xplugin:Fearless}
     * checker.
     *
     * <p>Memory consistency effects: actions in the calling thread prior to this call happen-before
     * {@code body} starts; every action of the thread happens-before {@link JoinHandle#join()} returns.
     *
     * @param body the code to run on the new thread
     * @param <T> the result type
     * @return the handle to join the thread
     * @throws IllegalStateException if the settings contradict each other (a virtual thread that is
     *     not a daemon or has a stack size)
     */
    public <T> JoinHandle<T> spawn(@Send Supplier<T> body) {
        Objects.requireNonNull(body, "body");
        Packet<T> packet = new Packet<>(body, null);
        Thread thread = newThread(packet);
        packet.bind(thread);
        thread.start();
        return new JoinHandle<>(packet);
    }

    /**
     * Starts a thread with these settings that runs {@code body}.
     *
     * <pre>{@code
     * Threads.builder().name("logger").daemon(true).spawn(() -> { drainLogQueue(); });
     * }</pre>
     *
     * <p>The {@link Send @Send} parameter marks a thread boundary for the {@code -Xplugin:Fearless}
     * checker.
     *
     * <p>Memory consistency effects: as for {@link #spawn(Supplier)}.
     *
     * @param body the code to run on the new thread
     * @return the handle to join the thread
     * @throws IllegalStateException if the settings contradict each other
     */
    public JoinHandle<Void> spawn(@Send Runnable body) {
        return spawn(Threads.asSupplier(body));
    }

    /**
     * Starts a scoped thread with these settings on {@code scope} (Rust's {@code Builder::spawn_scoped}).
     *
     * <pre>{@code
     * List<Integer> part1 = List.of(1, 2, 3);
     * Threads.scope(s -> Threads.builder().name("part-1").spawnScoped(s, () -> sum(part1)).join());
     * }</pre>
     *
     * <p>The {@link Send @Send} parameter marks a thread boundary for the {@code -Xplugin:Fearless}
     * checker.
     *
     * <p>Memory consistency effects: as for {@link Scope#spawn(Supplier)}.
     *
     * @param scope the scope that will join the thread
     * @param body the code to run on the new thread
     * @param <T> the result type
     * @return the handle to join the thread early
     * @throws IllegalStateException if the scope has ended or the settings contradict each other
     */
    public <T> ScopedJoinHandle<T> spawnScoped(Scope scope, @Send Supplier<T> body) {
        Objects.requireNonNull(body, "body");
        return scope.spawn(this, body);
    }

    /**
     * Starts a scoped thread with these settings on {@code scope} that runs {@code body}.
     *
     * <pre>{@code
     * Threads.scope(s -> Threads.builder().name("part-1").spawnScoped(s, () -> { work(); }));
     * }</pre>
     *
     * <p>The {@link Send @Send} parameter marks a thread boundary for the {@code -Xplugin:Fearless}
     * checker.
     *
     * <p>Memory consistency effects: as for {@link Scope#spawn(Runnable)}.
     *
     * @param scope the scope that will join the thread
     * @param body the code to run on the new thread
     * @return the handle to join the thread early
     * @throws IllegalStateException if the scope has ended or the settings contradict each other
     */
    public ScopedJoinHandle<Void> spawnScoped(Scope scope, @Send Runnable body) {
        return scope.spawn(this, Threads.asSupplier(body));
    }

    /** A new, unstarted thread with these settings that runs {@code task}. */
    Thread newThread(Runnable task) {
        Thread thread;
        if (virtual) {
            if (Boolean.FALSE.equals(daemon)) {
                throw new IllegalStateException("virtual threads are always daemon threads: drop daemon(false)");
            }
            if (stackSize != 0) {
                throw new IllegalStateException("virtual threads have no fixed stack size: drop stackSize(...)");
            }
            thread = VirtualThreads.unstarted(task);
        } else if (stackSize != 0) {
            // This constructor needs a name; Java's own Thread-N counter is private.
            String threadName = name != null ? name : "Thread-sized-" + UNNAMED.incrementAndGet();
            thread = new Thread(null, task, threadName, stackSize);
        } else {
            thread = new Thread(task);
        }
        if (name != null) {
            thread.setName(name);
        }
        if (daemon != null && !virtual) {
            thread.setDaemon(daemon);
        }
        return thread;
    }

    @Override
    public String toString() {
        return "Builder[name=" + name + ", daemon=" + daemon + ", stackSize=" + stackSize
                + ", virtual=" + virtual + "]";
    }
}
