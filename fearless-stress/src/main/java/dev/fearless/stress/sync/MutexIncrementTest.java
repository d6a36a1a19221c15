package dev.fearless.stress.sync;

import dev.fearless.sync.Mutex;
import dev.fearless.sync.MutexGuard;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two threads increment plain (non-volatile) fields of a value guarded by a {@code Mutex}, one through
 * {@code lock()}, the other through {@code withLock}. Mutual exclusion plus the lock's happens-before
 * edges make every increment count.
 *
 * <p>Results: r1, r2 = the two counters after both finished.
 */
@JCStressTest
@Outcome(id = "2, 2", expect = ACCEPTABLE, desc = "Both increments of both fields counted.")
@Outcome(expect = FORBIDDEN, desc = "An increment was lost: two threads were inside the lock together.")
@State
public class MutexIncrementTest {
    /** Plain fields on purpose: only the mutex orders the accesses. */
    static final class Counters {
        int first;
        int second;
    }

    private final Mutex<Counters> mutex = Mutex.of(new Counters());

    @Actor
    public void viaLock() {
        try (MutexGuard<Counters> guard = mutex.lock()) {
            guard.get().first++;
            guard.get().second++;
        }
    }

    @Actor
    public void viaWithLock() {
        mutex.withLock(guard -> {
            guard.get().second++;
            guard.get().first++;
            return null;
        });
    }

    @Arbiter
    public void afterwards(II_Result r) {
        Counters counters = mutex.intoInner();
        r.r1 = counters.first;
        r.r2 = counters.second;
    }
}
