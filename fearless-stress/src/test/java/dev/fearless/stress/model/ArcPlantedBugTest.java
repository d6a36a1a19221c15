package dev.fearless.stress.model;

import dev.fearless.stress.explore.Explorer;
import dev.fearless.stress.explore.InterleavingFailure;
import dev.fearless.stress.model.ArcModel.Life;
import dev.fearless.stress.model.ArcModel.Memory;
import dev.fearless.stress.model.ArcModel.Move;
import dev.fearless.stress.model.ArcModel.Op;
import dev.fearless.stress.model.ArcModel.Script;
import dev.fearless.stress.model.ArcModel.Worker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static dev.fearless.stress.model.ArcModel.Op.CLONE;
import static dev.fearless.stress.model.ArcModel.Op.CLOSE;
import static dev.fearless.stress.model.ArcModel.Op.CLOSE_SHARED;
import static dev.fearless.stress.model.ArcModel.Op.DOWNGRADE;
import static dev.fearless.stress.model.ArcModel.Op.GET_MUT;
import static dev.fearless.stress.model.ArcModel.Op.UPGRADE;
import static dev.fearless.stress.model.ArcModel.Op.WEAK_CLOSE;
import static dev.fearless.stress.model.ArcModel.Worker.END;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Deliberately broken versions of single {@code Arc} operations, each a mistake that stress loops rarely
 * catch: the explorer must reject every one with a counterexample, or {@link ArcModelTest} passing would
 * prove nothing.
 */
@Timeout(60)
class ArcPlantedBugTest {
    private final Explorer explorer = Explorer.withStateLimit(1_000_000);

    /** Decrement, then read the count again to decide: two closers can both read zero. */
    private static Move closeThatRereads(Memory m, Worker w) {
        return switch (w.pc()) {
            case 0 -> new Move("STRONG.decrement", m.strong(m.strong() - 1), w.strong(w.strong() - 1).at(1));
            case 1 -> new Move("STRONG.get() = " + m.strong(), m, w.at(m.strong() == 0 ? 2 : END));
            case 2 -> new Move("cleanup", m.life(Life.CLEANING).cleanedUp(), w.at(END));
            default -> throw new IllegalStateException();
        };
    }

    /** Increment first and undo on zero: the count leaves zero for a moment, and a second upgrade sees 1. */
    private static Move upgradeThatIncrementsFirst(Memory m, Worker w) {
        return switch (w.pc()) {
            case 0 -> {
                int old = m.strong();
                yield new Move("STRONG.getAndAdd(+1) = " + old, m.strong(old + 1),
                        w.strong(w.strong() + 1).at(old == 0 ? 1 : END));
            }
            case 1 -> new Move("STRONG.getAndAdd(-1): undo", m.strong(m.strong() - 1), w.strong(w.strong() - 1).at(END));
            default -> throw new IllegalStateException();
        };
    }

    /** Read, then a plain write of read + 1: a close in between is overwritten. */
    private static Move upgradeWithPlainWrite(Memory m, Worker w) {
        return switch (w.pc()) {
            case 0 -> new Move("STRONG.get() = " + m.strong(), m, w.seen(m.strong()).at(m.strong() == 0 ? END : 1));
            case 1 -> new Move("STRONG.set(" + (w.seen() + 1) + ")", m.strong(w.seen() + 1),
                    w.strong(w.strong() + 1).at(END));
            default -> throw new IllegalStateException();
        };
    }

    /** Checks the handle's reference and clears it in two steps: two racing closes both release. */
    private static Move closeSharedCheckThenClear(Memory m, Worker w) {
        return switch (w.pc()) {
            case 0 -> new Move("HANDLE.get() = " + (m.shared() == 1 ? "inner" : "null"), m,
                    w.at(m.shared() == 1 ? 1 : END));
            case 1 -> new Move("HANDLE.set(null)", m.shared(0), w.strong(w.strong() + 1).at(2));
            default -> {
                Move step = ArcProtocol.close(m, w.at(w.pc() - 2));
                Worker after = step.worker();
                yield new Move(step.label(), step.memory(), after.pc() == END ? after : after.at(after.pc() + 2));
            }
        };
    }

    /** Reads weak == 0 and strong == 1 without locking the weak count: a downgrade can slip in between. */
    private static Move getMutWithoutLock(Memory m, Worker w) {
        return switch (w.pc()) {
            case 0 -> new Move("WEAK.get() = " + m.weak(), m, w.exclusive(false).at(m.weak() == 0 ? 1 : END));
            case 1 -> new Move("STRONG.get() = " + m.strong(), m, w.exclusive(m.strong() == 1).at(END));
            default -> throw new IllegalStateException();
        };
    }

    private InterleavingFailure failure(Op op, ArcModel model) {
        InterleavingFailure failure = catchThrowableOfType(InterleavingFailure.class, () -> explorer.explore(model));
        assertThat(failure).as("the explorer must reject the broken %s", op).isNotNull();
        assertThat(failure.trace()).isNotEmpty();
        return failure;
    }

    @Test
    void closeThatRereadsTheCountRunsTheCleanupTwice() {
        var protocol = ArcProtocol.implemented().with(CLOSE, ArcPlantedBugTest::closeThatRereads);
        InterleavingFailure failure = failure(CLOSE, ArcModel.of(protocol,
                Script.holding(1, 0, CLONE, CLOSE, CLOSE),
                Script.holding(1, 0, CLOSE)));
        assertThat(failure.problem()).contains("the cleanup ran 2 times");
    }

    @Test
    void upgradeThatIncrementsFirstRevivesADeadValue() {
        var protocol = ArcProtocol.implemented().with(UPGRADE, ArcPlantedBugTest::upgradeThatIncrementsFirst);
        InterleavingFailure failure = failure(UPGRADE, ArcModel.of(protocol,
                        Script.holding(1, 0, CLOSE),
                        Script.holding(0, 1, UPGRADE, CLOSE, WEAK_CLOSE)));
        assertThat(failure.problem()).contains("rose again after reaching zero");
    }

    @Test
    void upgradeWithAPlainWriteLosesAConcurrentClose() {
        var protocol = ArcProtocol.implemented().with(UPGRADE, ArcPlantedBugTest::upgradeWithPlainWrite);
        InterleavingFailure failure = failure(UPGRADE, ArcModel.of(protocol,
                        Script.holding(2, 0, CLOSE, CLOSE),
                        Script.holding(0, 1, UPGRADE, CLOSE, WEAK_CLOSE)));
        assertThat(failure.problem()).containsAnyOf("strong handles are live", "revived", "use after cleanup");
        // The counterexample is the schedule itself: the upgrade's read, a close, then the stale write.
        assertThat(String.join("\n", failure.trace())).contains("STRONG.set(");
    }

    @Test
    void closeThatChecksThenClearsTheHandleReleasesItTwice() {
        var protocol = ArcProtocol.implemented().with(CLOSE_SHARED, ArcPlantedBugTest::closeSharedCheckThenClear);
        InterleavingFailure failure = failure(CLOSE_SHARED, ArcModel.withSharedHandle(protocol,
                        Script.holding(0, 0, CLOSE_SHARED),
                        Script.holding(0, 0, CLOSE_SHARED),
                        Script.holding(1, 0, CLOSE)));
        assertThat(failure.problem()).contains("strong handles are live");
    }

    @Test
    void getMutWithoutLockingTheWeakCountGrantsAccessWhileAWeakHandleExists() {
        var protocol = ArcProtocol.implemented().with(GET_MUT, ArcPlantedBugTest::getMutWithoutLock);
        InterleavingFailure failure = failure(GET_MUT, ArcModel.of(protocol,
                Script.holding(1, 0, GET_MUT, CLOSE),
                Script.holding(1, 0, DOWNGRADE, CLOSE, WEAK_CLOSE)));
        assertThat(failure.problem()).contains("exclusive access from getMut while 1 strong and 1 weak");
    }

    @Test
    void theImplementedGetMutLocksTheWeakCount() {
        // The same scenario passes with the real protocol: the weak count is LOCKED while strong is read.
        var coverage = explorer.explore(ArcModel.of(ArcProtocol.implemented(),
                Script.holding(1, 0, GET_MUT, CLOSE),
                Script.holding(1, 0, DOWNGRADE, CLOSE, WEAK_CLOSE)));
        assertThat(coverage.endStates()).isEqualTo(2);
    }
}
