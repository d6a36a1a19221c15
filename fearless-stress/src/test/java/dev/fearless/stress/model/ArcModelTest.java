package dev.fearless.stress.model;

import dev.fearless.stress.explore.Explorer;
import dev.fearless.stress.explore.Explorer.Coverage;
import dev.fearless.stress.model.ArcModel.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static dev.fearless.stress.model.ArcModel.Op.CLONE;
import static dev.fearless.stress.model.ArcModel.Op.CLOSE;
import static dev.fearless.stress.model.ArcModel.Op.CLOSE_SHARED;
import static dev.fearless.stress.model.ArcModel.Op.DOWNGRADE;
import static dev.fearless.stress.model.ArcModel.Op.GET_MUT;
import static dev.fearless.stress.model.ArcModel.Op.INTO_INNER;
import static dev.fearless.stress.model.ArcModel.Op.TRY_UNWRAP;
import static dev.fearless.stress.model.ArcModel.Op.UPGRADE;
import static dev.fearless.stress.model.ArcModel.Op.WEAK_CLONE;
import static dev.fearless.stress.model.ArcModel.Op.WEAK_CLOSE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interleaving of the implemented {@code Arc}/{@code Weak} count protocol ({@link ArcProtocol}) keeps
 * the invariants of {@link ArcModel}. The coverage assertions make sure each scenario really branched.
 */
@Timeout(60)
class ArcModelTest {
    private final Explorer explorer = Explorer.withStateLimit(1_000_000);

    @Test
    void threeThreadsCloningAndClosingCleanUpExactlyOnce() {
        Coverage coverage = explorer.explore(ArcModel.of(ArcProtocol.implemented(),
                Script.holding(1, 0, CLONE, CLOSE, CLOSE),
                Script.holding(1, 0, CLONE, CLOSE, CLOSE),
                Script.holding(1, 0, CLOSE)));
        // Each of the three threads closes the last handle in some interleaving.
        assertThat(coverage.endStates()).isEqualTo(3);
    }

    @Test
    void twoUpgradesRacingTheLastCloseNeverReviveTheValue() {
        Coverage coverage = explorer.explore(ArcModel.of(ArcProtocol.implemented(),
                Script.holding(1, 0, CLOSE),
                Script.holding(0, 1, UPGRADE, CLOSE, WEAK_CLOSE),
                Script.holding(0, 1, UPGRADE, CLOSE, WEAK_CLOSE)));
        // The owner's close or either upgrader's close (after a successful upgrade) is the last one.
        assertThat(coverage.endStates()).isEqualTo(3);
    }

    @Test
    void upgradesRaceCloneDowngradeAndCloseOfTheOwner() {
        Coverage coverage = explorer.explore(ArcModel.of(ArcProtocol.implemented(),
                Script.holding(1, 0, CLONE, DOWNGRADE, CLOSE, WEAK_CLOSE, CLOSE),
                Script.holding(0, 1, UPGRADE, WEAK_CLONE, UPGRADE, CLOSE, CLOSE, WEAK_CLOSE, WEAK_CLOSE)));
        assertThat(coverage.endStates()).isEqualTo(2);
        assertThat(coverage.states()).isGreaterThan(100);
    }

    @Test
    void exactlyOneOfThreeIntoInnerCallersGetsTheValue() {
        Coverage coverage = explorer.explore(ArcModel.of(ArcProtocol.implemented(),
                Script.holding(1, 0, INTO_INNER),
                Script.holding(1, 0, INTO_INNER),
                Script.holding(1, 0, INTO_INNER)));
        // Whichever thread decrements last takes the value, and each can be that one.
        assertThat(coverage.endStates()).isEqualTo(3);
    }

    @Test
    void tryUnwrapRacingCloseAndUpgradeEitherTakesOrLeavesOneCleanup() {
        Coverage coverage = explorer.explore(ArcModel.of(ArcProtocol.implemented(),
                Script.holding(1, 0, TRY_UNWRAP, CLOSE),
                Script.holding(1, 1, CLOSE, UPGRADE, CLOSE, WEAK_CLOSE)));
        // Taken by T0; or cleaned up once, by T0's later close or by T1's.
        assertThat(coverage.endStates()).isEqualTo(3);
    }

    @Test
    void racingClosesOfOneSharedHandleReleaseItOnce() {
        Coverage coverage = explorer.explore(ArcModel.withSharedHandle(ArcProtocol.implemented(),
                Script.holding(0, 0, CLOSE_SHARED),
                Script.holding(0, 0, CLOSE_SHARED),
                Script.holding(1, 1, CLOSE, UPGRADE, CLOSE, WEAK_CLOSE)));
        // Either racing closer of the shared handle, or T2, releases last.
        assertThat(coverage.endStates()).isEqualTo(3);
    }

    @Test
    void getMutIsExclusiveEvenWhileAnotherOwnerDowngradesAndLeaves() {
        Coverage coverage = explorer.explore(ArcModel.of(ArcProtocol.implemented(),
                Script.holding(1, 0, GET_MUT, GET_MUT, CLOSE),
                Script.holding(1, 0, DOWNGRADE, CLOSE, WEAK_CLOSE)));
        assertThat(coverage.endStates()).isEqualTo(2);
    }
}
