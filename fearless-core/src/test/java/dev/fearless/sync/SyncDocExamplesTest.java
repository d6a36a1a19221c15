package dev.fearless.sync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The class-level Javadoc examples of the locks, run as written (sharing a plain reference, not an Arc). */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // the locks ignore interrupts
class SyncDocExamplesTest {

    @Test
    void mutexExample() {
        Mutex<Integer> counter = Mutex.of(0);
        try (MutexGuard<Integer> guard = counter.lock()) {
            guard.update(n -> n + 1);
        }
        int total = counter.withLock(MutexGuard::get);
        assertThat(total).isEqualTo(1);
    }

    @Test
    void mutexGuardAndRecoveryExample() {
        Mutex<List<String>> names = Mutex.of(new ArrayList<>());
        try (MutexGuard<List<String>> guard = names.lock()) {
            guard.get().add("Ferris");
        }
        MutexTest.poisoned(names);
        try (MutexGuard<List<String>> guard = names.lockIgnoringPoison()) {
            guard.set(new ArrayList<>(guard.get())); // repair
            names.clearPoison();
        }
        assertThat(names.intoInner()).containsExactly("Ferris");
    }

    @Test
    void rwLockExample() {
        RwLock<Map<String, Integer>> scores = RwLock.of(new HashMap<>());
        try (RwLockWriteGuard<Map<String, Integer>> guard = scores.write()) {
            guard.get().put("ferris", 10);
        }
        int score = scores.withRead(guard -> guard.get().get("ferris"));
        assertThat(score).isEqualTo(10);
    }

    @Test
    void condvarExample() {
        Mutex<Boolean> started = Mutex.of(false);
        Condvar condvar = new Condvar();
        AnotherThread.Pending<Object> other = AnotherThread.start(() -> {
            try (MutexGuard<Boolean> guard = started.lock()) {
                guard.set(true);
            }
            condvar.signalOne();
            return null;
        });
        try (MutexGuard<Boolean> guard = started.lock()) {
            condvar.awaitWhile(guard, isStarted -> !isStarted);
            assertThat(guard.get()).isTrue();
        }
        other.join();
    }

    @Test
    void waitTimeoutResultExample() {
        Mutex<Boolean> ready = Mutex.of(false);
        Condvar condvar = new Condvar();
        try (MutexGuard<Boolean> guard = ready.lock()) {
            WaitTimeoutResult result = condvar.awaitTimeout(guard, Duration.ofMillis(5));
            assertThat(result.timedOut()).isTrue();
            assertThat(result).hasToString("WaitTimeoutResult(true)");
        }
    }

    @Test
    void onceLockExample() {
        OnceLock<String> cell = new OnceLock<>();
        assertThat(cell.set("first")).isEmpty();
        Optional<String> back = cell.set("second");
        assertThat(back).contains("second");
        OnceLock<Integer> answer = new OnceLock<>();
        int value = answer.getOrInit(() -> 42);
        int again = answer.getOrInit(() -> 0);
        assertThat(value).isEqualTo(42);
        assertThat(again).isEqualTo(42);
    }

    @Test
    void lazyLockExample() {
        LazyLock<Pattern> word = LazyLock.of(() -> Pattern.compile("\\w+"));
        assertThat(word.get().matcher("fearless").matches()).isTrue();
        assertThat(word.get().matcher("two words").matches()).isFalse();
    }
}
