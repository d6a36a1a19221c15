package dev.fearless.examples.ch16;

import static dev.fearless.examples.ch16.Interleaving.assertInterleaving;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class Listing16_02Test {
    private static final List<String> MAIN = IntStream.range(1, 5)
            .mapToObj(i -> "hi number " + i + " from the main thread!").toList();
    private static final List<String> SPAWNED = IntStream.range(1, 10)
            .mapToObj(i -> "hi number " + i + " from the spawned thread!").toList();

    @RepeatedTest(25)
    void joinWaitsForAllNineSpawnedLines() {
        String output = ConsoleCapture.outputOf(Listing16_02::main);

        assertInterleaving(ConsoleCapture.linesOf(output), MAIN, SPAWNED);
    }
}
