package dev.fearless.stress.model;

import dev.fearless.stress.explore.Explorer;
import dev.fearless.stress.explore.Explorer.Coverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.fearless.stress.model.MutexModel.Op.AWAIT_READY;
import static dev.fearless.stress.model.MutexModel.Op.FAILING_WITH_LOCK;
import static dev.fearless.stress.model.MutexModel.Op.INCREMENT;
import static dev.fearless.stress.model.MutexModel.Op.INTO_INNER;
import static dev.fearless.stress.model.MutexModel.Op.SET_READY_IGNORING_POISON_SIGNAL_ALL;
import static dev.fearless.stress.model.MutexModel.Op.SET_READY_SIGNAL_ALL;
import static dev.fearless.stress.model.MutexModel.Op.SET_READY_SIGNAL_ONE;
import static dev.fearless.stress.model.MutexModel.Op.TRY_INCREMENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interleaving of the implemented {@code Mutex}/{@code Condvar} protocol ({@link MutexProtocol}) keeps
 * mutual exclusion, loses no update and no wake-up, and reports poisoning and consumption (see
 * {@link MutexModel}).
 */
@Timeout(60)
class MutexModelTest {
    private final Explorer explorer = Explorer.withStateLimit(1_000_000);

    @Test
    void threeThreadsIncrementingTwiceEachLoseNothing() {
        Coverage coverage = explorer.explore(MutexModel.of(MutexProtocol.implemented(),
                List.of(INCREMENT, INCREMENT),
                List.of(INCREMENT, INCREMENT),
                List.of(INCREMENT, TRY_INCREMENT)));
        // The try-lock either gets in or finds the lock busy: two end values.
        assertThat(coverage.endStates()).isEqualTo(2);
        assertThat(coverage.states()).isGreaterThan(500);
    }

    /** Per thread: how many of its operations failed with PoisonException (p) or "consumed" (c). */
    private static List<String> failures(MutexModel.State end) {
        return end.workers().stream().map(w -> w.poisonSeen() + "p" + w.consumedSeen() + "c").toList();
    }

    @Test
    void aFailedWithLockPoisonsEveryLaterLock() {
        Set<List<String>> outcomes = new HashSet<>();
        explorer.explore(MutexModel.of(MutexProtocol.implemented(),
                List.of(FAILING_WITH_LOCK),
                List.of(INCREMENT, INCREMENT),
                List.of(INCREMENT)), end -> outcomes.add(failures(end)));
        // The failing body ran first, last or in between: any of T1's two locks and T2's one that came
        // after it threw PoisonException, and every combination is reachable.
        assertThat(outcomes).containsExactlyInAnyOrder(
                List.of("0p0c", "0p0c", "0p0c"), List.of("0p0c", "0p0c", "1p0c"),
                List.of("0p0c", "1p0c", "0p0c"), List.of("0p0c", "1p0c", "1p0c"),
                List.of("0p0c", "2p0c", "0p0c"), List.of("0p0c", "2p0c", "1p0c"));
    }

    @Test
    void intoInnerWakesQueuedLockersWhoThenFailInsteadOfHanging() {
        Set<List<String>> outcomes = new HashSet<>();
        explorer.explore(MutexModel.of(MutexProtocol.implemented(),
                List.of(INCREMENT, INTO_INNER),
                List.of(INCREMENT, INCREMENT),
                List.of(TRY_INCREMENT, INCREMENT)), end -> outcomes.add(failures(end)));
        // Lockers still queued when intoInner released were woken and told the mutex is consumed.
        // Every lock or try-lock that came after intoInner failed as "consumed" (none hung, none got in),
        // in every combination.
        Set<List<String>> expected = new HashSet<>();
        for (String second : List.of("0p0c", "0p1c", "0p2c")) {
            for (String third : List.of("0p0c", "0p1c", "0p2c")) {
                expected.add(List.of("0p0c", second, third));
            }
        }
        assertThat(outcomes).isEqualTo(expected);
    }

    @Test
    void aWaiterIsWokenWhicheverWayTheSignalRacesItsWait() {
        Coverage coverage = explorer.explore(MutexModel.of(MutexProtocol.implemented(),
                List.of(AWAIT_READY),
                List.of(SET_READY_SIGNAL_ONE),
                List.of(INCREMENT)));
        assertThat(coverage.states()).isGreaterThan(100);
    }

    @Test
    void signalAllWakesEveryWaiter() {
        Coverage coverage = explorer.explore(MutexModel.of(MutexProtocol.implemented(),
                List.of(AWAIT_READY),
                List.of(AWAIT_READY),
                List.of(SET_READY_SIGNAL_ALL)));
        assertThat(coverage.states()).isGreaterThan(100);
    }

    @Test
    void twoSignalOnesWakeTwoWaiters() {
        Coverage coverage = explorer.explore(MutexModel.of(MutexProtocol.implemented(),
                List.of(AWAIT_READY),
                List.of(AWAIT_READY),
                List.of(SET_READY_SIGNAL_ONE, SET_READY_SIGNAL_ONE)));
        assertThat(coverage.states()).isGreaterThan(100);
    }

    @Test
    void aWaiterRelockingAPoisonedMutexGetsPoisonAndReleasesIt() {
        Coverage coverage = explorer.explore(MutexModel.of(MutexProtocol.implemented(),
                List.of(AWAIT_READY),
                List.of(SET_READY_IGNORING_POISON_SIGNAL_ALL),
                List.of(FAILING_WITH_LOCK)));
        assertThat(coverage.endStates()).isGreaterThan(1);
    }
}
