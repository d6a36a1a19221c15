package dev.fearless.examples.ch16;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * Checks output of two threads whose lines interleave differently from run to run: every line is one
 * of theirs, each line as often as expected, and each thread's lines keep their order.
 */
final class Interleaving {
    private Interleaving() {
    }

    /** Asserts that {@code lines} is an interleaving of {@code first} and {@code second}. */
    static void assertInterleaving(List<String> lines, List<String> first, List<String> second) {
        assertThat(lines.stream().filter(first::contains).toList())
                .as("the first thread's lines, in order")
                .containsExactlyElementsOf(first);
        assertThat(lines.stream().filter(second::contains).toList())
                .as("the second thread's lines, in order")
                .containsExactlyElementsOf(second);
        assertThat(lines)
                .as("nothing but the two threads' lines, each once")
                .hasSize(first.size() + second.size());
    }
}
