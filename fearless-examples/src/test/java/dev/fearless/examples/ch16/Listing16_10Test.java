package dev.fearless.examples.ch16;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class Listing16_10Test {
    @RepeatedTest(25)
    void everyMessageArrivesInOrderAndTheLoopEndsWhenTheSenderCloses() {
        assertThat(ConsoleCapture.outputOf(Listing16_10::main))
                .isEqualTo("Got: hi\nGot: from\nGot: the\nGot: thread\n");
    }
}
