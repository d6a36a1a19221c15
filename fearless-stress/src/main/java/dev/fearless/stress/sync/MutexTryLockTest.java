package dev.fearless.stress.sync;

import dev.fearless.sync.Mutex;
import dev.fearless.sync.MutexGuard;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

import java.util.Optional;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two threads {@code tryLock} one {@code Mutex} at the same time; each holder does a read-modify-write of a
 * plain field, so two holders at once would lose an update. At least one of them must get the lock: a
 * try-lock fails only because the other one holds it.
 *
 * <p>Results: r1/r2 = 1 if actor 1/2 got the lock; r3 = visits counted in the guarded value (must equal
 * r1 + r2).
 */
@JCStressTest
@Outcome(id = "1, 1, 2", expect = ACCEPTABLE, desc = "Both got the lock, one after the other.")
@Outcome(id = "1, 0, 1", expect = ACCEPTABLE, desc = "Actor 2 tried while actor 1 held the lock.")
@Outcome(id = "0, 1, 1", expect = ACCEPTABLE, desc = "Actor 1 tried while actor 2 held the lock.")
@Outcome(id = "0, 0, .*", expect = FORBIDDEN, desc = "Both failed although nobody else held the lock.")
@Outcome(expect = FORBIDDEN, desc = "A visit was lost: two guards held the lock at the same time.")
@State
public class MutexTryLockTest {
    /** Plain fields on purpose: only the mutex orders the accesses. */
    static final class Room {
        int visits;
    }

    private final Mutex<Room> mutex = Mutex.of(new Room());

    @Actor
    public void first(III_Result r) {
        r.r1 = visitIfFree();
    }

    @Actor
    public void second(III_Result r) {
        r.r2 = visitIfFree();
    }

    private int visitIfFree() {
        Optional<MutexGuard<Room>> guard = mutex.tryLock();
        if (guard.isEmpty()) {
            return 0;
        }
        try (MutexGuard<Room> held = guard.get()) {
            held.get().visits++;
        }
        return 1;
    }

    @Arbiter
    public void afterwards(III_Result r) {
        r.r3 = mutex.intoInner().visits;
    }
}
