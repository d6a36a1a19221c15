package dev.fearless.stress.arc;

import dev.fearless.stress.CleanupProbe;
import dev.fearless.sync.Arc;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import java.util.Optional;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * {@code Arc.tryUnwrap} races the close of the other strong handle. If it sees itself as the only owner
 * it takes the value (no cleanup); otherwise its handle stays live and its later close, or the other
 * one, runs the cleanup exactly once.
 *
 * <p>Results: r1 = 1 if tryUnwrap got the value; r2 = cleanups after both finished.
 */
@JCStressTest
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "The other handle closed first; tryUnwrap took the value.")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "tryUnwrap saw another owner; one close cleaned up.")
@Outcome(expect = FORBIDDEN, desc = "A taken value was cleaned up, or a failed tryUnwrap lost the value.")
@State
public class TryUnwrapVsCloseTest {
    private final CleanupProbe probe = new CleanupProbe();
    private final Arc<CleanupProbe> first = Arc.of(probe);
    private final Arc<CleanupProbe> second = first.clone();

    @Actor
    public void tryUnwrap(II_Result r) {
        Optional<CleanupProbe> value = Arc.tryUnwrap(first);
        if (value.isPresent()) {
            r.r1 = 1;
        } else {
            first.close();
        }
    }

    @Actor
    public void closeOther() {
        second.close();
    }

    @Arbiter
    public void afterwards(II_Result r) {
        r.r2 = probe.cleanups();
    }
}
