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
 * The last strong handle and the last weak handle are closed at the same time. Only the strong close
 * may run the value's cleanup, exactly once; the weak close must not disturb it.
 *
 * <p>Results: r1 = 1 if the strong closer ran the cleanup; r2 = 1 if the weak closer did; r3 = cleanups
 * after both finished.
 */
@JCStressTest
@Outcome(id = "1, 0, 1", expect = ACCEPTABLE, desc = "The strong close cleaned up, once.")
@Outcome(expect = FORBIDDEN, desc = "The weak close cleaned up, or cleanup ran twice or never.")
@State
public class LastStrongVsLastWeakCloseTest {
    private final CleanupProbe probe = new CleanupProbe();
    private final Arc<CleanupProbe> strong = Arc.of(probe);
    private final Arc.Weak<CleanupProbe> weak = Arc.downgrade(strong);

    @Actor
    public void closeStrong(III_Result r) {
        strong.close();
        r.r1 = probe.cleanedByCurrentThread();
    }

    @Actor
    public void closeWeak(III_Result r) {
        weak.close();
        r.r2 = probe.cleanedByCurrentThread();
    }

    @Arbiter
    public void afterwards(III_Result r) {
        r.r3 = probe.cleanups();
    }
}
