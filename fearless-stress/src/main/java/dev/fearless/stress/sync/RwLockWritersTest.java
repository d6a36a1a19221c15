package dev.fearless.stress.sync;

import dev.fearless.sync.RwLock;
import dev.fearless.sync.RwLockWriteGuard;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two writers increment plain fields of a value guarded by an {@code RwLock}, one through
 * {@code write()}, the other through {@code withWrite}. Writers exclude each other, so no increment is lost.
 *
 * <p>Results: r1, r2 = the two counters after both finished.
 */
@JCStressTest
@Outcome(id = "2, 2", expect = ACCEPTABLE, desc = "Both writers' increments counted.")
@Outcome(expect = FORBIDDEN, desc = "An increment was lost: two writers were inside together.")
@State
public class RwLockWritersTest {
    /** Plain fields on purpose: only the lock orders the accesses. */
    static final class Counters {
        int first;
        int second;
    }

    private final RwLock<Counters> lock = RwLock.of(new Counters());

    @Actor
    public void viaWrite() {
        try (RwLockWriteGuard<Counters> guard = lock.write()) {
            guard.get().first++;
            guard.get().second++;
        }
    }

    @Actor
    public void viaWithWrite() {
        lock.withWrite(guard -> {
            guard.get().second++;
            guard.get().first++;
            return null;
        });
    }

    @Arbiter
    public void afterwards(II_Result r) {
        Counters counters = lock.intoInner();
        r.r1 = counters.first;
        r.r2 = counters.second;
    }
}
