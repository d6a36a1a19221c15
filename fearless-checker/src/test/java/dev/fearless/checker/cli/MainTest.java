package dev.fearless.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void explainPrintsTheLongExplanation() {
        assertThat(run("--explain", "F0277")).isZero();
        assertThat(out()).startsWith("F0277: a value crosses to another thread").contains("rustc's E0277");
        assertThat(run("--explain", "f0382")).isZero();
        assertThat(out()).contains("F0382: a value was moved to another thread");
    }

    @Test
    void unknownCodeFlagOrFileIsOneLineAndNonZero() {
        assertThat(run("--explain", "F9999")).isEqualTo(2);
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(run("NoSuchFile.java")).isEqualTo(2);
        assertThat(run("--table=missing.table", "X.java")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(err()).isEqualTo("""
                fearless: no explanation for `F9999` (known: F0277, F0382)
                fearless: unknown option `--frobnicate` (try --help)
                fearless: no such file: NoSuchFile.java
                fearless: no such table file: missing.table
                fearless: no files to check (try --help)
                """.replace("\n", System.lineSeparator()));
        assertThat(out()).isEmpty();
    }

    @Test
    void checksFilesInRustcLayout(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Demo.java");
        Files.writeString(file, """
                import dev.fearless.rc.Rc;
                import dev.fearless.thread.Threads;

                class Demo {
                    void run() {
                        Rc<String> name = Rc.of("x");
                        Threads.spawn(() -> name.get());
                    }
                }
                """);
        int status = run("-cp", System.getProperty("java.class.path"), file.toString());
        assertThat(status).isEqualTo(1);
        assertThat(out().replace(System.lineSeparator(), "\n")).isEqualTo("""
                error[F0277]: `Rc<String>` cannot be sent between threads safely
                 --> %s:7:29
                  |
                7 |         Threads.spawn(() -> name.get());
                  |                             ^^^^
                  |
                  = help: `Rc<String>` is not `Send`: its reference count is updated without atomics
                  = note: required because `name` is used within this lambda (line 7)
                  = note: required by `@Send` on the parameter of `Threads.spawn`, which runs the lambda on another thread
                  = fix: use `Arc<String>` instead of `Rc<String>` (dev.fearless.sync.Arc is `Send` because `String` is `Send` and `Sync`)
                  = explain: java -jar fearless-checker.jar --explain F0277

                error: aborting due to 1 previous error
                """.formatted(file));
    }

    @Test
    void cleanFilesExitZeroAndSarifListsResults(@TempDir Path dir) throws Exception {
        Path clean = dir.resolve("Clean.java");
        Files.writeString(clean, "class Clean { void run() { String s = \"a\"; new Thread(() -> s.length()).start(); } }\n");
        assertThat(run(clean.toString())).isZero();
        assertThat(out()).isEmpty();

        Path bad = dir.resolve("Bad.java");
        Files.writeString(bad, "import dev.fearless.rc.Rc;\nclass Bad { void run() { Rc<String> r = Rc.of(\"a\");"
                + " new Thread(() -> r.get()).start(); } }\n");
        assertThat(run("--format=sarif", "-cp", System.getProperty("java.class.path"), bad.toString())).isEqualTo(1);
        assertThat(out()).contains("\"version\": \"2.1.0\"", "\"ruleId\": \"F0277\"", "\"level\": \"error\"",
                "\"startLine\": 2", "`Rc<String>` cannot be sent between threads safely\\n  = help:");
    }

    @Test
    void strictAndTableOptionsReachThePlugin(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Uses.java");
        Files.writeString(file, """
                import dev.fearless.thread.Threads;

                class Uses {
                    interface Service { String call(); }

                    void run(Service service, StringBuilder log) {
                        Threads.spawn(() -> service.call());
                        Threads.spawn(() -> log.length());
                    }
                }
                """);
        Path table = dir.resolve("extra.table");
        Files.writeString(table, "java.lang.StringBuilder confined reason=\"test row\"\n");
        String cp = System.getProperty("java.class.path");
        assertThat(run("-cp", cp, file.toString())).isZero();
        assertThat(run("--strict", "-cp", cp, file.toString())).isEqualTo(1);
        assertThat(out()).contains("`Service` is not known to be `Send` (strict mode)");
        out.reset();
        assertThat(run("--table=" + table, "-cp", cp, file.toString())).isEqualTo(1);
        assertThat(out()).contains("`StringBuilder` is not `Send`: test row").doesNotContain("strict mode");
    }
}
