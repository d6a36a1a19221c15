package dev.fearless.examples.ch16;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class Listing16_07Test {
    @RepeatedTest(10)
    void sendingWithNobodyReceivingPrintsNothing() {
        assertThat(ConsoleCapture.outputOf(Listing16_07::main)).isEmpty();
    }
}
