package dev.fearless.stress.sync;

import dev.fearless.sync.RwLock;
import dev.fearless.sync.RwLockReadGuard;
import dev.fearless.sync.RwLockWriteGuard;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * A writer updates two plain fields under {@code write()} while a reader reads both under {@code read()}.
 * A reader excludes writers, so it sees both fields before the write or both after, never half of it.
 *
 * <p>Results: r1, r2 = the two fields as the reader saw them.
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "The reader came before the writer.")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "The reader came after the writer.")
@Outcome(expect = FORBIDDEN, desc = "The reader saw half of a write.")
@State
public class RwLockReadWriteTest {
    /** Plain fields on purpose: only the lock orders the accesses. */
    static final class Pair {
        int first;
        int second;
    }

    private final RwLock<Pair> lock = RwLock.of(new Pair());

    @Actor
    public void writer() {
        try (RwLockWriteGuard<Pair> guard = lock.write()) {
            guard.get().first = 1;
            guard.get().second = 1;
        }
    }

    @Actor
    public void reader(II_Result r) {
        try (RwLockReadGuard<Pair> guard = lock.read()) {
            r.r1 = guard.get().first;
            r.r2 = guard.get().second;
        }
    }
}
