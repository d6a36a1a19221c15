package dev.fearless.bench.report;

import java.util.List;

/**
 * The report's tables as data: which JMH benchmark and which Rust workload make each row, and what each
 * table divides by. Keys are JMH names without the package ("Class.method") and the Rust harness's names.
 */
final class Workloads {
    private Workloads() {
    }

    /** One row: a label, the JMH benchmark (null if Rust only) and the Rust workload (null if none). */
    record Row(String label, String jmh, String rust) {
    }

    /**
     * A table of rows in one unit. Every row is divided by the floor row ({@code floorJmh}/{@code floorRust})
     * and, if {@code referenceName} is set, the JDK columns by the reference row too (e.g. {@code ReentrantLock}).
     */
    record Table(String id, String title, String intro, String unit, List<Row> rows,
                 String floorJmh, String floorRust, String referenceName, String referenceJmh,
                 boolean showAlloc) {
    }

    static final String FLOOR = "RefCountBench.floorAtomicInteger";

    static List<Table> tables() {
        return List.of(
                new Table("refcount", "Reference counts, one thread",
                        "Take a second reference, read the value through it, give it back. The floor is an "
                                + "`AtomicInteger` +1/-1 pair around the same read (Rust: `AtomicUsize` "
                                + "`fetch_add`/`fetch_sub`). B/op is what JMH's GC profiler saw allocated per "
                                + "operation (0 = the handle object was scalar-replaced). Leak detection is "
                                + "off here and in the other handle tables; what it adds is in its own table.",
                        "ns/op",
                        List.of(new Row("floor: atomic +1/-1 pair", FLOOR, "floor_atomic"),
                                new Row("floor via VarHandle on an int field", "RefCountBench.floorVarHandle", null),
                                new Row("cost model: pair + one atomic swap (per-handle closed flag)",
                                        "RefCountBench.floorPlusAtomicSwap", null),
                                new Row("**Fearless `Arc` clone+close**", "RefCountBench.arcCloneClose", "arc_clone_drop"),
                                new Row("Netty `AbstractReferenceCounted` retain+release",
                                        "RefCountBench.nettyRetainRelease", null),
                                new Row("**Fearless `Rc` clone+close**", "RefCountBench.rcCloneClose", "rc_clone_drop"),
                                new Row("floor for upgrade: CAS loop +1, atomic -1", "RefCountBench.floorCasIncrement", null),
                                new Row("**Fearless `Arc.Weak` upgrade+close**", "RefCountBench.arcWeakUpgradeClose",
                                        "arc_weak_upgrade_drop"),
                                new Row("**Fearless `Rc.Weak` upgrade+close**", "RefCountBench.rcWeakUpgradeClose",
                                        "rc_weak_upgrade_drop")),
                        FLOOR, "floor_atomic", null, null, true),
                new Table("refcount2", "Reference counts, two threads sharing one count",
                        "Both threads clone and close handles of one allocation (or retain/release one Netty "
                                + "object); the score is the time per operation per thread. `Rc` cannot be "
                                + "shared between threads, by design.",
                        "ns/op",
                        List.of(new Row("floor: atomic +1/-1 pair", "SharedCounterBench.T2.floorAtomicInteger",
                                        "contended_floor_t2"),
                                new Row("**Fearless `Arc` clone+close**", "SharedCounterBench.T2.arcCloneClose",
                                        "contended_arc_t2"),
                                new Row("Netty retain+release", "SharedCounterBench.T2.nettyRetainRelease", null)),
                        "SharedCounterBench.T2.floorAtomicInteger", "contended_floor_t2", null, null, true),
                new Table("mutex", "Locks, uncontended",
                        "Lock, read the guarded value, unlock; each thread has its own lock. The floor is the "
                                + "one-thread atomic pair from the reference-count table of the same run.",
                        "ns/op",
                        List.of(new Row("**Fearless `Mutex` lock()+close()**", "MutexBench.mutexLockUnlock",
                                        "mutex_lock_unlock"),
                                new Row("**Fearless `Mutex.withLock`**", "MutexBench.mutexWithLock", null),
                                new Row("`ReentrantLock` lock+unlock", "MutexBench.reentrantLockUnlock", null),
                                new Row("`synchronized` block", "MutexBench.synchronizedBlock", null)),
                        FLOOR, "floor_atomic", "ReentrantLock", "MutexBench.reentrantLockUnlock", true),
                contended(2), contended(4), contended(8),
                new Table("rwlock", "Read-write locks: reads",
                        "A read lock+unlock around a read of the value: alone, and while another thread keeps "
                                + "taking the write lock (with a little work between writes). The read is "
                                + "timed; the writer runs in the same JMH group.",
                        "ns/op",
                        List.of(new Row("**Fearless `RwLock` read()+close()**", "RwLockBench.rwLockRead", "rwlock_read"),
                                new Row("**Fearless `RwLock.withRead`**", "RwLockBench.rwLockWithRead", null),
                                new Row("`ReentrantReadWriteLock` read lock", "RwLockBench.reentrantReadWriteLockRead", null),
                                new Row("`StampedLock` read lock", "RwLockBench.stampedLockRead", null),
                                new Row("`StampedLock` optimistic read", "RwLockBench.stampedLockOptimisticRead", null),
                                new Row("**Fearless `RwLock` read, under a writer**", "RwLockUnderWriterBench.rwLock:rwLockRead",
                                        "rwlock_read_under_writer"),
                                new Row("`ReentrantReadWriteLock` read, under a writer",
                                        "RwLockUnderWriterBench.reentrantReadWriteLock:reentrantReadWriteLockRead", null),
                                new Row("`StampedLock` read, under a writer", "RwLockUnderWriterBench.stampedLock:stampedLockRead", null)),
                        FLOOR, "floor_atomic", "ReentrantReadWriteLock", "RwLockBench.reentrantReadWriteLockRead",
                        false),
                new Table("threads", "Threads: start + join",
                        "Start a thread running a trivial `Runnable` and wait for it.",
                        "us/op",
                        List.of(new Row("`new Thread(r).start(); join()`", "SpawnJoinBench.jdkThreadStartJoin", "spawn_join"),
                                new Row("**Fearless `Threads.spawn(r).join()`**", "SpawnJoinBench.fearlessSpawnJoin", null),
                                new Row("virtual: `Thread.startVirtualThread(r).join()`",
                                        "SpawnJoinBench.jdkVirtualStartJoin", null),
                                new Row("**virtual: Fearless `Threads.builder().virtual(true).spawn(r).join()`**",
                                        "SpawnJoinBench.fearlessVirtualSpawnJoin", null)),
                        null, null, "Thread.start", "SpawnJoinBench.jdkThreadStartJoin", false),
                new Table("seed", "The seed program, scaled: 1,000 threads x 1,000 increments",
                        "One operation is the whole program: start 1,000 threads that each lock a shared "
                                + "`Integer` counter 1,000 times, join them, read 1,000,000.",
                        "ms/op",
                        List.of(new Row("**Fearless `Arc<Mutex<Integer>>` + `Threads.spawn`**", "SeedProgramBench.fearless",
                                        "seed_program"),
                                new Row("`ReentrantLock` + `Thread`", "SeedProgramBench.jdkReentrantLock", null),
                                new Row("`synchronized` + `Thread`", "SeedProgramBench.jdkSynchronized", null)),
                        null, null, "ReentrantLock", "SeedProgramBench.jdkReentrantLock", false));
    }

    private static Table contended(int threads) {
        String c = "SharedCounterBench.T" + threads + ".";
        return new Table("contended" + threads, "Contended counter, " + threads + " threads",
                threads + " threads increment one `Integer` counter under one lock; time per increment per thread "
                        + "(total throughput = " + threads + " / score). Lower is better; ReentrantLock is the "
                        + "reference.",
                "ns/op",
                List.of(new Row("**Fearless `Mutex`**", c + "mutexIncrement", "contended_mutex_t" + threads),
                        new Row("`ReentrantLock`", c + "reentrantLockIncrement", null),
                        new Row("`synchronized`", c + "synchronizedIncrement", null)),
                null, null, "ReentrantLock", c + "reentrantLockIncrement", true);
    }

    /** Memory rows: key in MemoryFootprint's output and its label. */
    static final List<String[]> MEMORY = List.of(
            new String[] {"arc.allocation", "**`Arc.of(v)`**: handle + shared count block"},
            new String[] {"arc.extraHandle", "**one more `Arc` handle** (`clone()`)"},
            new String[] {"arc.weakHandle", "**one `Arc.Weak` handle** (`downgrade`)"},
            new String[] {"rc.allocation", "**`Rc.of(v)`**: handle + shared count block"},
            new String[] {"rc.extraHandle", "**one more `Rc` handle**"},
            new String[] {"atomicInteger.box", "hand-written: holder with an `AtomicInteger` and the value"},
            new String[] {"varHandle.box", "hand-written: holder with a `volatile int` and the value"},
            new String[] {"netty.refCounted", "Netty `AbstractReferenceCounted` subclass holding the value"},
            new String[] {"mutex.fresh", "**`Mutex.of(v)`**"},
            new String[] {"mutex.afterUse", "**`Mutex` after a lock/unlock**"},
            new String[] {"reentrantLock.fresh", "`new ReentrantLock()`"},
            new String[] {"reentrantLock.box", "holder with a `ReentrantLock` and the value"},
            new String[] {"monitor.box", "holder guarded by `synchronized` (monitor in the header)"});

    /** The leak detector's levels, in the order of the system property's values. */
    static final List<String> LEAK_LEVELS = List.of("Off", "Sampled", "Paranoid");
    static final List<String[]> LEAK_OPS = List.of(
            new String[] {"arcOfClose", "`Arc.of`+close"},
            new String[] {"arcCloneClose", "`Arc` clone+close"},
            new String[] {"rcCloneClose", "`Rc` clone+close"});

    /** What the many-core scaling run measures, with labels. */
    static final List<String[]> SCALING = List.of(
            new String[] {"mutexIncrement", "Fearless Mutex"},
            new String[] {"reentrantLockIncrement", "ReentrantLock"},
            new String[] {"synchronizedIncrement", "synchronized"},
            new String[] {"arcCloneClose", "Fearless Arc clone+close"},
            new String[] {"floorAtomicInteger", "AtomicInteger +1/-1"},
            new String[] {"nettyRetainRelease", "Netty retain+release"});
}
