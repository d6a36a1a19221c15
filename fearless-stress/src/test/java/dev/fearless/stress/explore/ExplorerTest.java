package dev.fearless.stress.explore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The explorer itself: it visits every state, finds a lost update, and reports deadlocks. */
@Timeout(30)
class ExplorerTest {
    private final Explorer explorer = Explorer.withStateLimit(100_000);

    /**
     * Threads that each read a shared counter, then write read + 1 ({@code atomic}: in one step).
     * State: counter, then per thread its pc and register.
     */
    private record Counter(int threads, int rounds, boolean atomic) implements Model<List<Integer>> {
        @Override
        public List<Integer> initial() {
            List<Integer> state = new ArrayList<>(List.of(0));
            for (int t = 0; t < threads; t++) {
                state.add(0);
                state.add(0);
            }
            return List.copyOf(state);
        }

        @Override
        public int threads() {
            return threads;
        }

        @Override
        public Step<List<Integer>> next(List<Integer> s, int t) {
            int pc = s.get(1 + 2 * t);
            if (pc == rounds * 2) {
                return Step.done();
            }
            List<Integer> after = new ArrayList<>(s);
            if (atomic) {
                after.set(0, s.get(0) + 1);
                after.set(1 + 2 * t, pc + 2);
                return Step.to("increment", List.copyOf(after));
            }
            if (pc % 2 == 0) {
                after.set(2 + 2 * t, s.get(0));
                after.set(1 + 2 * t, pc + 1);
                return Step.to("read " + s.get(0), List.copyOf(after));
            }
            after.set(0, s.get(2 + 2 * t) + 1);
            after.set(1 + 2 * t, pc + 1);
            return Step.to("write " + (s.get(2 + 2 * t) + 1), List.copyOf(after));
        }

        @Override
        public String violation(List<Integer> s) {
            return null;
        }

        @Override
        public String finalViolation(List<Integer> s) {
            return s.get(0) == threads * rounds ? null : "counter " + s.get(0);
        }
    }

    @Test
    void visitsEveryStateOfIndependentProgressExactlyOnce() {
        // Two threads of 3 atomic increments: a state is a pair of program counters (4 x 4 of them),
        // each with 2 moves out except at the edges: 2 * 3 * 4 transitions.
        Explorer.Coverage coverage = explorer.explore(new Counter(2, 3, true));
        assertThat(coverage.states()).isEqualTo(16);
        assertThat(coverage.transitions()).isEqualTo(24);
        assertThat(coverage.endStates()).isEqualTo(1);
    }

    @Test
    void findsTheLostUpdateOfAReadThenWriteIncrement() {
        InterleavingFailure failure = catchThrowableOfType(InterleavingFailure.class,
                () -> explorer.explore(new Counter(2, 1, false)));
        assertThat(failure).isNotNull();
        assertThat(failure.problem()).isEqualTo("wrong end result: counter 1");
        assertThat(failure.trace()).containsExactly("T0: read 0", "T1: read 0", "T0: write 1", "T1: write 1");
    }

    @Test
    void reportsADeadlockWhenNoUnfinishedThreadCanMove() {
        Model<Integer> waitsForever = new Model<>() {
            @Override
            public Integer initial() {
                return 0;
            }

            @Override
            public int threads() {
                return 2;
            }

            @Override
            public Step<Integer> next(Integer s, int t) {
                if (t == 0) {
                    return s == 0 ? Step.to("sets 1", 1) : Step.done();
                }
                return Step.blocked("waits for 2");
            }

            @Override
            public String violation(Integer s) {
                return null;
            }

            @Override
            public String finalViolation(Integer s) {
                return null;
            }
        };
        InterleavingFailure failure = catchThrowableOfType(InterleavingFailure.class,
                () -> explorer.explore(waitsForever));
        assertThat(failure.problem()).isEqualTo("deadlock: every unfinished thread waits forever (T1 waits for 2)");
        assertThat(failure.trace()).containsExactly("T0: sets 1");
    }
}
