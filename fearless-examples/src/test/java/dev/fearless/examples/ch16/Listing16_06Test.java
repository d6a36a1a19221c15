package dev.fearless.examples.ch16;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class Listing16_06Test {
    @Test
    void creatingAChannelPrintsNothing() {
        assertThat(ConsoleCapture.outputOf(Listing16_06::main)).isEmpty();
    }
}
