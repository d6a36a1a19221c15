package dev.fearless.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final String CP = System.getProperty("java.class.path");
    private static final String DEMO = """
            import dev.fearless.rc.Rc;
            import dev.fearless.thread.Threads;

            class Demo {
                void run() {
                    Rc<String> name = Rc.of("x");
                    Threads.spawn(() -> name.get());
                }
            }
            """;
    private static final String DEMO_REPORT = """
            error[F0277]: `Rc<String>` cannot be sent between threads safely
             --> %s:7:29
              |
            6 |         Rc<String> name = Rc.of("x");
              |         --------------- `name` is declared here; the fix goes here
            7 |         Threads.spawn(() -> name.get());
              |         -------------       ^^^^ `name` is used here, within the lambda
              |         |
              |         runs the lambda on another thread
              |
              = help: `Rc<String>` is not `Send` (safe to hand to another thread): its reference count is updated without atomics
              = note: required because `name` is used within this lambda (line 7)
              = note: required by `@Send` on the parameter of `Threads.spawn`, which runs the lambda on another thread
              = fix: use `Arc<String>` instead of `Rc<String>` (dev.fearless.sync.Arc is `Send` because `String` is `Send` and `Sync`)
              = explain: java -jar fearless-checker.jar --explain F0277

            checked 1 file: 1 error in 1 file
            """;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return run(Terminal.none(), args);
    }

    private int run(Terminal terminal, String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private static Terminal tty(Map<String, String> env) {
        return new Terminal(true, env::get, Path.of("").toAbsolutePath());
    }

    @Test
    void explainPrintsTheLongExplanationAsCommandOrOption() {
        assertThat(run("--explain", "F0277")).isZero();
        assertThat(out()).startsWith("F0277: a value crosses to another thread").contains("rustc's E0277");
        out.reset();
        assertThat(run("explain", "f0382")).isZero();
        assertThat(out()).startsWith("F0382: a value was moved to another thread");
    }

    @Test
    void versionNamesTheBuildsVersionAndTheJavac() {
        assertThat(run("--version")).isZero();
        assertThat(out()).matches("fearless \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(javac "
                + java.util.regex.Pattern.quote(Runtime.version().toString()) + "\\)\n");
        assertThat(out()).doesNotContain("${");
    }

    @Test
    void badUsageIsOneLineOnStandardErrorAndStatusTwo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "no java here\n");
        assertThat(run("--explain", "F9999")).isEqualTo(2);
        assertThat(run("explain")).isEqualTo(2);
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(run("NoSuchFile.java")).isEqualTo(2);
        assertThat(run("check", "--table=missing.table", "X.java")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(run("check")).isEqualTo(2);
        assertThat(run("check", dir.toString())).isEqualTo(2);
        assertThat(run("--color=sometimes", "X.java")).isEqualTo(2);
        assertThat(run("--format=xml", "X.java")).isEqualTo(2);
        assertThat(run("--source-root=" + dir.resolve("nowhere"), "X.java")).isEqualTo(2);
        assertThat(run("-cp")).isEqualTo(2);
        assertThat(err()).isEqualTo("""
                fearless: no explanation for `F9999` (known: F0277, F0382, F0100)
                fearless: explain needs a code, e.g. explain F0277
                fearless: unknown option `--frobnicate` (try --help)
                fearless: no such file: NoSuchFile.java
                fearless: no such table file: missing.table
                fearless: no files to check (try --help)
                fearless: no files to check (try --help)
                fearless: no .java files in %s
                fearless: unknown colour choice `sometimes` (auto, always, never)
                fearless: unknown format `xml` (text, sarif)
                fearless: no such directory: %s
                fearless: -cp needs a path
                """.formatted(dir, dir.resolve("nowhere")));
        assertThat(out()).isEmpty();
    }

    @Test
    void checksFilesInRustcLayoutWithASummaryLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Demo.java");
        Files.writeString(file, DEMO);
        assertThat(run("-cp", CP, file.toString())).isEqualTo(1);
        assertThat(out()).isEqualTo(DEMO_REPORT.formatted(file));
        out.reset();
        assertThat(run("check", "-cp", CP, file.toString())).isEqualTo(1);
        assertThat(out()).isEqualTo(DEMO_REPORT.formatted(file));
        assertThat(err()).isEmpty();
    }

    /** A use after a move, indented with tabs: the lines of the boundary, the change and the later use. */
    static final String MOVED = """
            import java.util.ArrayList;
            import java.util.List;

            import dev.fearless.thread.Threads;

            class Moved {
            \tList<String> run() {
            \t\tList<String> log = new ArrayList<>();
            \t\tThreads.spawn(() -> {
            \t\t\tlog.add("worker");
            \t\t});
            \t\tlog.add("main");
            \t\treturn log;
            \t}
            }
            """;

    @Test
    void theLabelsOfARaceAreDrawnOnTheirLinesWithTabsToJavacsColumns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Moved.java");
        Files.writeString(file, MOVED);
        assertThat(run("-cp", CP, file.toString())).isEqualTo(1);
        assertThat(out()).startsWith("""
                error[F0382]: data race: `log` is used here while the thread started on line 9 may still change it (line 10)
                  --> %s:12:17
                   |
                 9 |                 Threads.spawn(() -> {
                   |                 ------------- runs the lambda on another thread
                10 |                         log.add("worker");
                   |                         ----------------- changed here, on the other thread
                ...
                12 |                 log.add("main");
                   |                 ^^^ used here while the other thread may change it
                   |
                   = help: `List<String>` is not `Sync` (safe to use from several threads at once): any holder may change it
                   = note: `log` was moved into the lambda on line 9, which changes it: `log.add("worker")` (line 10)
                """.formatted(file));
    }

    @Test
    void runsAtOnceInOneJvmEachGetTheirOwnLabels(@TempDir Path dir) throws Exception {
        Path demo = dir.resolve("a/Demo.java");
        Path moved = dir.resolve("b/Moved.java");
        Files.createDirectories(demo.getParent());
        Files.createDirectories(moved.getParent());
        Files.writeString(demo, DEMO);
        Files.writeString(moved, MOVED);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> outputs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Path file = i % 2 == 0 ? demo : moved;
                outputs.add(pool.submit(() -> {
                    ByteArrayOutputStream o = new ByteArrayOutputStream();
                    Main.run(new String[] {"-cp", CP, file.toString()}, new PrintStream(o, true, StandardCharsets.UTF_8),
                            new PrintStream(new ByteArrayOutputStream()), Terminal.none());
                    return o.toString(StandardCharsets.UTF_8);
                }));
            }
            for (int i = 0; i < outputs.size(); i++) {
                String output = outputs.get(i).get(2, java.util.concurrent.TimeUnit.MINUTES);
                if (i % 2 == 0) {
                    assertThat(output).isEqualTo(DEMO_REPORT.formatted(demo));
                } else {
                    assertThat(output).contains("^^^ used here while the other thread may change it")
                            .doesNotContain("`name`");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void colourOnATerminalInRustcsScheme(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Demo.java");
        Files.writeString(file, DEMO);
        String r = "\u001b[1;91m";
        String b = "\u001b[1;94m";
        String bold = "\u001b[1m";
        String x = "\u001b[0m";
        String coloured = (r + "error[F0277]" + x + bold + ": `Rc<String>` cannot be sent between threads safely" + x + "\n"
                + " " + b + "--> " + x + "%s:7:29\n"
                + "  " + b + "|" + x + "\n"
                + b + "6 |" + x + "         Rc<String> name = Rc.of(\"x\");\n"
                + "  " + b + "|" + x + "         " + b + "---------------" + x + " " + b
                + "`name` is declared here; the fix goes here" + x + "\n"
                + b + "7 |" + x + "         Threads.spawn(() -> name.get());\n"
                + "  " + b + "|" + x + "         " + b + "-------------" + x + "       " + r + "^^^^" + x + " " + r
                + "`name` is used here, within the lambda" + x + "\n"
                + "  " + b + "|" + x + "         " + b + "|" + x + "\n"
                + "  " + b + "|" + x + "         " + b + "runs the lambda on another thread" + x + "\n"
                + "  " + b + "|" + x + "\n"
                + "  " + b + "=" + x + " " + bold + "help" + x + ": `Rc<String>` is not `Send` (safe to hand to another thread): its reference count is updated without atomics\n"
                + "  " + b + "=" + x + " " + bold + "note" + x + ": required because `name` is used within this lambda (line 7)\n"
                + "  " + b + "=" + x + " " + bold + "note" + x + ": required by `@Send` on the parameter of `Threads.spawn`, which runs the lambda on another thread\n"
                + "  " + b + "=" + x + " " + bold + "fix" + x + ": use `Arc<String>` instead of `Rc<String>` (dev.fearless.sync.Arc is `Send` because `String` is `Send` and `Sync`)\n"
                + "  " + b + "=" + x + " " + bold + "explain" + x + ": java -jar fearless-checker.jar --explain F0277\n"
                + "\n"
                + "checked 1 file: " + r + "1 error in 1 file" + x + "\n").formatted(file);
        assertThat(run(tty(Map.of()), "-cp", CP, file.toString())).isEqualTo(1);
        assertThat(out()).isEqualTo(coloured);
        out.reset();
        assertThat(run("--color=always", "-cp", CP, file.toString())).isEqualTo(1);
        assertThat(out()).isEqualTo(coloured);
        out.reset();
        assertThat(run(tty(Map.of("NO_COLOR", "1")), "-cp", CP, file.toString())).isEqualTo(1);
        assertThat(out()).isEqualTo(DEMO_REPORT.formatted(file));
        out.reset();
        assertThat(run(tty(Map.of()), "--color=never", "-cp", CP, file.toString())).isEqualTo(1);
        assertThat(out()).isEqualTo(DEMO_REPORT.formatted(file));
        out.reset();
        assertThat(run(tty(Map.of("NO_COLOR", "")), "-cp", CP, file.toString())).isEqualTo(1);
        assertThat(out()).as("an empty NO_COLOR does not count").isEqualTo(coloured);
        out.reset();
        assertThat(run(tty(Map.of("NO_COLOR", "1")), "--color=always", "-cp", CP, file.toString())).isEqualTo(1);
        assertThat(out()).as("an explicit choice wins over NO_COLOR").isEqualTo(coloured);
    }

    @Test
    void checksDirectoriesRecursivelyAndSummarises(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("a/b"));
        Files.writeString(src.resolve("Clean.java"), "class Clean { void run() { String s = \"a\"; "
                + "new Thread(() -> s.length()).start(); } }\n");
        Files.writeString(src.resolve("a/b/Bad.java"), "import dev.fearless.rc.Rc;\nclass Bad { void run() { "
                + "Rc<String> r = Rc.of(\"a\"); new Thread(() -> r.get()).start(); "
                + "new Thread(() -> r.get()).start(); } }\n");
        Files.writeString(src.resolve("a/Other.java"), "import dev.fearless.rc.Rc;\nclass Other { void run() { "
                + "Rc<String> r = Rc.of(\"a\"); new Thread(() -> r.get()).start(); } }\n");
        Files.writeString(src.resolve("a/readme.txt"), "not a source\n");
        assertThat(run("check", "-cp", CP, src.toString())).isEqualTo(1);
        assertThat(out()).endsWith("\nchecked 3 files: 3 errors in 2 files\n");
        assertThat(out()).contains("--> " + src.resolve("a/Other.java") + ":2:");
        out.reset();
        assertThat(run("check", "-cp", CP, src.resolve("Clean.java").toString(), src.toString())).isEqualTo(1);
        assertThat(out()).as("a file named twice is checked once").endsWith("\nchecked 3 files: 3 errors in 2 files\n");
        out.reset();
        assertThat(run("check", src.resolve("Clean.java").toString(), src.resolve("./Clean.java").toString()))
                .isZero();
        assertThat(out()).isEqualTo("checked 1 file: no errors\n");
    }

    @Test
    void javacErrorsAreReportedAndCounted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Broken.java");
        Files.writeString(file, "class Broken {\n    Missing field;\n}\n");
        assertThat(run(file.toString())).isEqualTo(1);
        assertThat(out()).isEqualTo("""
                error: cannot find symbol
                 --> %s:2:5
                  |
                2 |     Missing field;
                  |     ^^^^^^^
                  |
                  = note: symbol:   class Missing
                  = note: location: class Broken

                checked 1 file: 1 error in 1 file
                """.formatted(file));
    }

    @Test
    void sarifGoesToStandardOutputAndTheSummaryToStandardError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("Bad.java");
        Files.writeString(bad, "import dev.fearless.rc.Rc;\nclass Bad { void run() { Rc<String> r = Rc.of(\"a\");"
                + " new Thread(() -> r.get()).start(); } }\n");
        assertThat(run("--format=sarif", "--source-root=" + dir, "-cp", CP, bad.toString())).isEqualTo(1);
        assertThat(out()).startsWith("{\n").endsWith("}\n").contains("\"uri\": \"Bad.java\"",
                "\"uriBaseId\": \"%SRCROOT%\"", "\"ruleId\": \"F0277\"");
        assertThat(err()).isEqualTo("checked 1 file: 1 error in 1 file\n");
    }

    @Test
    void strictWarnUnknownTableAndPluginOptionsReachThePlugin(@TempDir Path dir) throws Exception {
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
        assertThat(run("-cp", CP, file.toString())).isZero();
        assertThat(out()).isEqualTo("checked 1 file: no errors\n");
        out.reset();
        assertThat(run("--strict", "-cp", CP, file.toString())).isEqualTo(1);
        assertThat(out()).contains("`Service` is not known to be `Send` (strict mode)");
        out.reset();
        assertThat(run("--plugin-option=strict", "-cp", CP, file.toString())).isEqualTo(1);
        assertThat(out()).contains("`Service` is not known to be `Send` (strict mode)");
        out.reset();
        assertThat(run("--warn-unknown", "-cp", CP, file.toString())).isZero();
        assertThat(out()).startsWith("warning[F0277]: ").endsWith("checked 1 file: no errors, 1 warning\n");
        out.reset();
        assertThat(run("--table=" + table, "-cp", CP, file.toString())).isEqualTo(1);
        assertThat(out()).contains("`StringBuilder` is not `Send` (safe to hand to another thread): test row").doesNotContain("strict mode");
        out.reset();
        assertThat(run("--plugin-option=stirct", "-cp", CP, file.toString())).isEqualTo(1);
        assertThat(out()).isEqualTo("""
                error: Fearless: unknown option `stirct` (known: strict, warn-unknown, table=FILE)
                 --> %s:1:1
                  |
                1 | import dev.fearless.thread.Threads;
                  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                  |

                checked 1 file: 1 error in 1 file
                """.formatted(file));
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("fearless check [OPTION...] PATH...", "fearless explain CODE", "--color=auto",
                "--source-root=DIR");
    }
}
