package dev.fearless.stress.model;

import dev.fearless.stress.explore.Explorer;
import dev.fearless.stress.explore.InterleavingFailure;
import dev.fearless.stress.model.MutexModel.Gate;
import dev.fearless.stress.model.MutexModel.Memory;
import dev.fearless.stress.model.MutexModel.Move;
import dev.fearless.stress.model.MutexModel.Worker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static dev.fearless.stress.model.MutexModel.Op.AWAIT_READY;
import static dev.fearless.stress.model.MutexModel.Op.FAILING_WITH_LOCK;
import static dev.fearless.stress.model.MutexModel.Op.INCREMENT;
import static dev.fearless.stress.model.MutexModel.Op.INTO_INNER;
import static dev.fearless.stress.model.MutexModel.Op.SET_READY_SIGNAL_ONE;
import static dev.fearless.stress.model.MutexModel.Op.TRY_INCREMENT;
import static dev.fearless.stress.model.MutexModel.Worker.END;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Deliberately broken steps of the mutex and condition variable: each must be rejected by the explorer,
 * with the interleaving that shows it. Lost wake-ups surface as deadlocks.
 */
@Timeout(60)
class MutexPlantedBugTest {
    private final Explorer explorer = Explorer.withStateLimit(1_000_000);

    private InterleavingFailure failure(MutexModel model) {
        InterleavingFailure failure = catchThrowableOfType(InterleavingFailure.class, () -> explorer.explore(model));
        assertThat(failure).as("the explorer must reject the broken protocol").isNotNull();
        assertThat(failure.trace()).isNotEmpty();
        return failure;
    }

    /** Releases the mutex before linking its waiter: a signal in between finds nobody to wake. */
    private static Move awaitThatUnlocksFirst(Memory m, Worker w, int t) {
        return switch (w.pc()) {
            case 21 -> new Move("unlocks the mutex", m.gate(Gate.FREE, -1), w.guarded(false).at(22));
            case 22 -> MutexProtocol.enqueue(m, w, t, 23);
            default -> MutexProtocol.awaitReady(m, w, t);
        };
    }

    /** Unparks before setting {@code signalled}: the waiter wakes, sees false, parks again, for good. */
    private static Move signalThatUnparksFirst(Memory m, Worker w, int t) {
        return switch (w.pc()) {
            case 33 -> m.waiters().isEmpty()
                    ? new Move("head = null", m, w.at(END))
                    : MutexProtocol.unpark(m, w.seen(m.waiters().get(0)), m.waiters().get(0), 34);
            case 34 -> {
                int head = w.seen();
                List<Integer> rest = m.waiters().subList(1, m.waiters().size());
                yield new Move("unlinks T" + head + ", signalled = true", m.waiters(rest).signalled(head, true),
                        w.at(END));
            }
            default -> MutexProtocol.setReadySignalOne(m, w, t);
        };
    }

    /** A try-lock that reads the gate and then writes it: two threads can both see it free. */
    private static Move tryLockReadThenWrite(Memory m, Worker w, int t) {
        return switch (w.pc()) {
            case 0 -> new Move("getState() = " + m.gate(), m, w.at(m.gate() == Gate.FREE ? 12 : 9));
            case 12 -> new Move("setState(HELD)", m.gate(Gate.HELD, t), w.at(2));
            default -> MutexProtocol.tryIncrement(m, w, t);
        };
    }

    /** Releases the lock before setting the poison flag: the next owner misses the failure. */
    private static Move withLockThatPoisonsAfterRelease(Memory m, Worker w, int t) {
        return switch (w.pc()) {
            case 7 -> new Move("body throws", m.failed(), w.guarded(false).at(8));
            case 8 -> MutexProtocol.release(m, w, 13);
            case 13 -> new Move("poisoned = true", m.poisoned(true), w.at(END));
            default -> MutexProtocol.failingWithLock(m, w, t);
        };
    }

    /** Releases an {@code intoInner}-consumed mutex as FREE: later lockers change a value already handed out. */
    private static Move intoInnerThatFreesTheGate(Memory m, Worker w, int t) {
        if (w.pc() == 11) {
            return new Move("release(HELD)", m.gate(Gate.FREE, -1), w.at(END));
        }
        return MutexProtocol.intoInner(m, w, t);
    }

    @Test
    void awaitThatUnlocksBeforeEnqueueingLosesTheWakeUp() {
        InterleavingFailure failure = failure(MutexModel.of(
                MutexProtocol.implemented().with(AWAIT_READY, MutexPlantedBugTest::awaitThatUnlocksFirst),
                List.of(AWAIT_READY),
                List.of(SET_READY_SIGNAL_ONE)));
        assertThat(failure.problem()).startsWith("deadlock").contains("T0 AWAIT_READY: parked");
        assertThat(String.join("\n", failure.trace())).contains("signalOne reads head = null");
    }

    @Test
    void signalThatUnparksBeforeSettingTheFlagLosesTheWakeUp() {
        InterleavingFailure failure = failure(MutexModel.of(
                MutexProtocol.implemented().with(SET_READY_SIGNAL_ONE, MutexPlantedBugTest::signalThatUnparksFirst),
                List.of(AWAIT_READY),
                List.of(SET_READY_SIGNAL_ONE)));
        assertThat(failure.problem()).startsWith("deadlock").contains("parked");
    }

    @Test
    void tryLockThatReadsThenWritesBreaksMutualExclusion() {
        InterleavingFailure failure = failure(MutexModel.of(
                MutexProtocol.implemented().with(TRY_INCREMENT, MutexPlantedBugTest::tryLockReadThenWrite),
                List.of(TRY_INCREMENT),
                List.of(INCREMENT)));
        assertThat(failure.problem()).containsAnyOf("2 threads are inside the mutex", "lost update",
                "the owner is");
    }

    @Test
    void withLockThatPoisonsAfterReleasingLetsTheNextOwnerMissTheFailure() {
        InterleavingFailure failure = failure(MutexModel.of(
                MutexProtocol.implemented().with(FAILING_WITH_LOCK, MutexPlantedBugTest::withLockThatPoisonsAfterRelease),
                List.of(FAILING_WITH_LOCK),
                List.of(INCREMENT)));
        assertThat(failure.problem()).contains("without a PoisonException");
    }

    @Test
    void intoInnerThatFreesTheGateLetsOthersChangeTheTakenValue() {
        InterleavingFailure failure = failure(MutexModel.of(
                MutexProtocol.implemented().with(INTO_INNER, MutexPlantedBugTest::intoInnerThatFreesTheGate),
                List.of(INTO_INNER),
                List.of(INCREMENT)));
        assertThat(failure.problem()).contains("the value changed after intoInner handed it out");
    }
}
