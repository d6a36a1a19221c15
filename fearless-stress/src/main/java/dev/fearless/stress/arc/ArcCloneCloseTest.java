package dev.fearless.stress.arc;

import dev.fearless.stress.CleanupProbe;
import dev.fearless.sync.Arc;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two threads clone and close handles to one value at the same time; the counts must end at zero with
 * the value's cleanup run exactly once, by whichever thread closed the last strong handle.
 *
 * <p>Results: r1/r2 = 1 if actor 1/2 ran the cleanup; r3 = cleanups seen after both finished;
 * r4 = strong count seen through a weak handle afterwards, plus 10 if that weak handle could still be
 * upgraded (a revived value).
 */
@JCStressTest
@Outcome(id = "1, 0, 1, 0", expect = ACCEPTABLE, desc = "Actor 1 closed the last handle and cleaned up, once.")
@Outcome(id = "0, 1, 1, 0", expect = ACCEPTABLE, desc = "Actor 2 closed the last handle and cleaned up, once.")
@Outcome(expect = FORBIDDEN, desc = "Cleanup ran twice, never, on both threads, or a count did not reach zero.")
@State
public class ArcCloneCloseTest {
    private final CleanupProbe probe = new CleanupProbe();
    private final Arc<CleanupProbe> first = Arc.of(probe);
    private final Arc<CleanupProbe> second = first.clone();
    private final Arc.Weak<CleanupProbe> watcher = Arc.downgrade(first);

    @Actor
    public void cloneThenCloseBoth(IIII_Result r) {
        Arc<CleanupProbe> extra = first.clone();
        first.close();
        extra.close();
        r.r1 = probe.cleanedByCurrentThread();
    }

    @Actor
    public void closeOther(IIII_Result r) {
        Arc<CleanupProbe> extra = second.clone();
        extra.close();
        second.close();
        r.r2 = probe.cleanedByCurrentThread();
    }

    @Arbiter
    public void counts(IIII_Result r) {
        r.r3 = probe.cleanups();
        r.r4 = watcher.strongCount() + watcher.upgrade().map(revived -> {
            revived.close();
            return 10;
        }).orElse(0);
        watcher.close();
    }
}
