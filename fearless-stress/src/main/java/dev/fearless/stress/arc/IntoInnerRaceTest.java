package dev.fearless.stress.arc;

import dev.fearless.stress.CleanupProbe;
import dev.fearless.sync.Arc;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * {@code Arc.intoInner} called on two handles to one value at the same time: exactly one caller gets the
 * value (Rust's {@code Arc::into_inner} guarantee), and since ownership of the value moves to that caller,
 * the cleanup does not run.
 *
 * <p>Results: r1/r2 = 1 if actor 1/2 got the value; r3 = cleanups after both finished.
 */
@JCStressTest
@Outcome(id = "1, 0, 0", expect = ACCEPTABLE, desc = "Actor 1 got the value; nothing cleaned up.")
@Outcome(id = "0, 1, 0", expect = ACCEPTABLE, desc = "Actor 2 got the value; nothing cleaned up.")
@Outcome(id = "1, 1, .*", expect = FORBIDDEN, desc = "Both callers got the value.")
@Outcome(id = "0, 0, .*", expect = FORBIDDEN, desc = "Neither caller got the value.")
@Outcome(expect = FORBIDDEN, desc = "The value was cleaned up although a caller owns it.")
@State
public class IntoInnerRaceTest {
    private final CleanupProbe probe = new CleanupProbe();
    private final Arc<CleanupProbe> first = Arc.of(probe);
    private final Arc<CleanupProbe> second = first.clone();

    @Actor
    public void intoInnerFirst(III_Result r) {
        r.r1 = Arc.intoInner(first).isPresent() ? 1 : 0;
    }

    @Actor
    public void intoInnerSecond(III_Result r) {
        r.r2 = Arc.intoInner(second).isPresent() ? 1 : 0;
    }

    @Arbiter
    public void afterwards(III_Result r) {
        r.r3 = probe.cleanups();
    }
}
