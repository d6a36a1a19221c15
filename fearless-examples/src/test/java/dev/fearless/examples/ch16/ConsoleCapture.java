package dev.fearless.examples.ch16;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Redirects {@code System.out} into a buffer until closed, so that a test can check what an example's
 * {@code main} printed, including lines that its threads print after {@code main} has returned.
 */
final class ConsoleCapture implements AutoCloseable {
    private final PrintStream original;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    private ConsoleCapture() {
        original = System.out;
        // println on a PrintStream is atomic per call, so lines from several threads never tear.
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    }

    /** Starts capturing; close the result to put the original {@code System.out} back. */
    static ConsoleCapture start() {
        return new ConsoleCapture();
    }

    /** Runs {@code main} with no arguments and returns everything printed until it returned. */
    static String outputOf(Consumer<String[]> main) {
        try (ConsoleCapture capture = start()) {
            main.accept(new String[0]);
            return capture.text();
        }
    }

    /** Everything printed so far, with the platform's line separators turned into {@code \n}. */
    String text() {
        return buffer.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    /** The complete lines printed so far. */
    List<String> lines() {
        return linesOf(text());
    }

    /** The lines of {@code text}, which must end with a line break unless it is empty. */
    static List<String> linesOf(String text) {
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new AssertionError("output ends in the middle of a line: " + text);
        }
        return text.lines().toList();
    }

    @Override
    public void close() {
        System.setOut(original);
    }
}
