package dev.fearless.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong(1_000);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8).replace("\u001b[2K", "<clear>");
    }

    @Test
    void aShortRunPrintsNothing() {
        Progress p = new Progress(out, 3, now::get);
        p.tick(1);
        now.addAndGet(Progress.DELAY_MS - 1);
        p.tick(3);
        p.clear();
        assertThat(printed()).isEmpty();
    }

    @Test
    void aLongRunRedrawsOneLineInPlaceAndErasesIt() {
        Progress p = new Progress(out, 600, now::get);
        now.addAndGet(Progress.DELAY_MS);
        p.tick(120);
        p.tick(121); // too soon after the last drawing
        now.addAndGet(200);
        p.tick(480);
        p.clear();
        assertThat(printed()).isEqualTo(
                "\r<clear>checking 120/600 files\r<clear>checking 480/600 files\r<clear>");
    }

    @Test
    void notATerminalMeansNoProgressLine() throws Exception {
        // Main only makes a progress line for a terminal: a run that is not one prints the summary alone
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("fearless-progress");
        java.nio.file.Path f = dir.resolve("A.java");
        java.nio.file.Files.writeString(f, "class A {}\n");
        assertThat(Main.run(new String[] {f.toString()}, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()))).isZero();
        assertThat(o.toString(StandardCharsets.UTF_8)).isEqualTo("checked 1 file: no errors" + System.lineSeparator());
        java.nio.file.Files.delete(f);
        java.nio.file.Files.delete(dir);
    }
}
