package dev.fearless.stress.sync;

import dev.fearless.sync.OnceLock;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

import java.util.concurrent.atomic.AtomicInteger;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two threads {@code getOrInit} one {@code OnceLock} with different initializers: only one initializer
 * runs (Rust's guarantee) and both callers get the value it produced.
 *
 * <p>Results: r1/r2 = the value actor 1/2 got; r3 = how many initializers ran.
 */
@JCStressTest
@Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "Actor 1's initializer ran, once; both got 1.")
@Outcome(id = "2, 2, 1", expect = ACCEPTABLE, desc = "Actor 2's initializer ran, once; both got 2.")
@Outcome(expect = FORBIDDEN, desc = "Both initializers ran, or the callers got different values.")
@State
public class OnceLockGetOrInitTest {
    private final OnceLock<Integer> cell = new OnceLock<>();
    private final AtomicInteger initializers = new AtomicInteger();

    @Actor
    public void initOne(III_Result r) {
        r.r1 = cell.getOrInit(() -> {
            initializers.incrementAndGet();
            return 1;
        });
    }

    @Actor
    public void initTwo(III_Result r) {
        r.r2 = cell.getOrInit(() -> {
            initializers.incrementAndGet();
            return 2;
        });
    }

    @Arbiter
    public void afterwards(III_Result r) {
        r.r3 = initializers.get();
    }
}
