package dev.fearless.stress.sync;

import dev.fearless.sync.OnceLock;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two threads {@code set} one {@code OnceLock} at the same time: exactly one value is stored, the other is
 * handed back to its caller, and every later {@code get} sees the stored one.
 *
 * <p>Results: r1/r2 = 0 if actor 1/2 stored its value, else the value handed back; r3 = the stored value
 * seen afterwards (0 if empty).
 */
@JCStressTest
@Outcome(id = "0, 2, 1", expect = ACCEPTABLE, desc = "Actor 1 stored 1; 2 was handed back.")
@Outcome(id = "1, 0, 2", expect = ACCEPTABLE, desc = "Actor 2 stored 2; 1 was handed back.")
@Outcome(expect = FORBIDDEN, desc = "Both stored, neither stored, or the stored value changed.")
@State
public class OnceLockSetTest {
    private final OnceLock<Integer> cell = new OnceLock<>();

    @Actor
    public void setOne(III_Result r) {
        r.r1 = cell.set(1).orElse(0);
    }

    @Actor
    public void setTwo(III_Result r) {
        r.r2 = cell.set(2).orElse(0);
    }

    @Arbiter
    public void afterwards(III_Result r) {
        r.r3 = cell.get().orElse(0);
    }
}
