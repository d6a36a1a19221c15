package dev.fearless.stress.arc;

import dev.fearless.stress.CleanupProbe;
import dev.fearless.sync.Arc;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

import java.util.Optional;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * {@code Weak.upgrade} races the close of the last strong handle. The upgrade either wins (and gets a
 * value whose cleanup has not started; the cleanup then runs when the upgraded handle is closed) or
 * loses (empty). It must never hand out a value that is being or has been cleaned up, and the value must
 * be cleaned up exactly once either way.
 *
 * <p>Results: r1 = 1 if the upgrade succeeded; r2 = 1 if the upgraded value's cleanup had already started
 * when the upgrade returned (use after cleanup); r3 = cleanups after both finished; r4 = 1 if the weak
 * handle could still be upgraded afterwards (a revived value).
 */
@JCStressTest
@Outcome(id = "0, 0, 1, 0", expect = ACCEPTABLE, desc = "The close came first: upgrade is empty, one cleanup.")
@Outcome(id = "1, 0, 1, 0", expect = ACCEPTABLE, desc = "The upgrade came first: a live value, one cleanup later.")
@Outcome(id = "1, 1, .*", expect = FORBIDDEN, desc = "Upgrade revived a value whose cleanup had started.")
@Outcome(expect = FORBIDDEN, desc = "Cleanup ran twice or never, or the dead value could be upgraded later.")
@State
public class UpgradeVsLastCloseTest {
    private final CleanupProbe probe = new CleanupProbe();
    private final Arc<CleanupProbe> strong = Arc.of(probe);
    private final Arc.Weak<CleanupProbe> weak = Arc.downgrade(strong);

    @Actor
    public void closeLastStrong() {
        strong.close();
    }

    @Actor
    public void upgrade(IIII_Result r) {
        Optional<Arc<CleanupProbe>> upgraded = weak.upgrade();
        if (upgraded.isPresent()) {
            r.r1 = 1;
            r.r2 = upgraded.get().get().cleanupStarted();
            upgraded.get().close();
        }
    }

    @Arbiter
    public void afterwards(IIII_Result r) {
        r.r3 = probe.cleanups();
        Optional<Arc<CleanupProbe>> late = weak.upgrade();
        r.r4 = late.isPresent() ? 1 : 0;
        late.ifPresent(Arc::close);
        weak.close();
    }
}
