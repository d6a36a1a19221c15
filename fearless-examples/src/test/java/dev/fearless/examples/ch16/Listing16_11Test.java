package dev.fearless.examples.ch16;

import static dev.fearless.examples.ch16.Interleaving.assertInterleaving;

import java.util.List;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class Listing16_11Test {
    @RepeatedTest(25)
    void bothProducersMessagesArriveEachInItsOwnOrder() {
        String output = ConsoleCapture.outputOf(Listing16_11::main);

        assertInterleaving(ConsoleCapture.linesOf(output),
                List.of("Got: hi", "Got: from", "Got: the", "Got: thread"),
                List.of("Got: more", "Got: messages", "Got: for", "Got: you"));
    }
}
