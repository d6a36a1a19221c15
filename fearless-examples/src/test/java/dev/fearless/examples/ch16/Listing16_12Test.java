package dev.fearless.examples.ch16;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class Listing16_12Test {
    @Test
    void printsTheUnpoisonedMutexByItsType() {
        assertThat(ConsoleCapture.outputOf(Listing16_12::main)).isEqualTo("m = Mutex { data: 6, poisoned: false, .. }\n");
    }
}
