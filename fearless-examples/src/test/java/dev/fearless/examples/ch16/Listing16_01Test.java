package dev.fearless.examples.ch16;

import static dev.fearless.examples.ch16.Interleaving.assertInterleaving;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class Listing16_01Test {
    private static final List<String> MAIN = IntStream.range(1, 5)
            .mapToObj(i -> "hi number " + i + " from the main thread!").toList();
    private static final List<String> SPAWNED = IntStream.range(1, 10)
            .mapToObj(i -> "hi number " + i + " from the spawned thread!").toList();

    @RepeatedTest(25)
    void mainPrintsEveryLineWhileTheSpawnedThreadMayBeCutShort() throws InterruptedException {
        try (ConsoleCapture capture = ConsoleCapture.start()) {
            Listing16_01.main(new String[0]);

            // What a Rust run prints: main's four lines and however far the spawned thread got.
            List<String> atReturn = capture.lines();
            int spawnedSoFar = (int) atReturn.stream().filter(SPAWNED::contains).count();
            assertInterleaving(atReturn, MAIN, SPAWNED.subList(0, spawnedSoFar));

            // In this JVM the daemon thread goes on after main returns; the lines it adds keep its order.
            while (capture.lines().size() < MAIN.size() + SPAWNED.size()) {
                Thread.sleep(1);
            }
            List<String> all = capture.lines();
            assertThat(all.subList(0, atReturn.size())).isEqualTo(atReturn);
            assertInterleaving(all, MAIN, SPAWNED);
        }
    }
}
