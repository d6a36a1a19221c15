package dev.fearless.examples.ch16;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class Listing16_08Test {
    @RepeatedTest(25)
    void mainReceivesHiFromTheSpawnedThread() {
        assertThat(ConsoleCapture.outputOf(Listing16_08::main)).isEqualTo("Got: hi\n");
    }
}
