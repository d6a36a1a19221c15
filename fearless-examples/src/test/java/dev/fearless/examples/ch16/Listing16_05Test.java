package dev.fearless.examples.ch16;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class Listing16_05Test {
    @RepeatedTest(10)
    void spawnedThreadPrintsTheMovedList() {
        assertThat(ConsoleCapture.outputOf(Listing16_05::main)).isEqualTo("Here's a vector: [1, 2, 3]\n");
    }
}
