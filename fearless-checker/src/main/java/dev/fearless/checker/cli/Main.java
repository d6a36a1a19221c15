package dev.fearless.checker.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import com.sun.source.util.JavacTask;

import dev.fearless.checker.FearlessPlugin;
import dev.fearless.checker.explain.Explanations;
import dev.fearless.checker.report.DiagnosticSink;

/**
 * The standalone checker, {@code fearless} (or {@code java -jar fearless-checker.jar}):
 * <ul>
 *   <li>{@code fearless check [OPTION...] PATH...} compiles the {@code .java} files (directories are searched
 *       recursively) in this JVM with the checker (as {@code -Xplugin:Fearless} runs it), writing no class files, and prints the
 *       findings in rustc's layout, then a summary line; {@code --format=sarif} prints SARIF 2.1.0 instead
 *       (and the summary on standard error). {@code check} may be left out.</li>
 *   <li>{@code fearless explain CODE} (or {@code --explain CODE}) prints a code's long explanation.</li>
 *   <li>{@code fearless --version}, {@code fearless --help}.</li>
 * </ul>
 *
 * <p>Exit status: 0 no errors, 1 errors found, 2 bad usage (one line on standard error).
 */
public final class Main {
    static final String USAGE = """
            usage: fearless check [OPTION...] PATH...      check .java files (directories recursively)
                   fearless explain CODE                   explain a code, e.g. F0277
                   fearless --version | --help
            options:
              --strict                 a type not known to be Send or Sync is an error
              --warn-unknown           ... or a warning
              --table=FILE             more type rows (see the README's tables)
              --plugin-option=OPT      pass OPT to -Xplugin:Fearless as it is
              -cp, --class-path PATH   where the checked code's dependencies are
              --format=text|sarif      rustc's layout (default) or SARIF 2.1.0 on standard output
              --color=auto|always|never  colour on a terminal (auto: unless NO_COLOR is set)
              --source-root=DIR        what SARIF's file URIs are relative to (default: the current directory)
            exit status: 0 no errors, 1 errors, 2 bad usage
            (java -jar fearless-checker.jar takes the same arguments)
            """;

    private Main() {
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.exit(run(args, out, System.err, Terminal.system()));
    }

    /** Runs the command line, printing to {@code out} and {@code err} (not a terminal); returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Terminal.none());
    }

    static int run(String[] args, PrintStream out, PrintStream err, Terminal terminal) {
        try {
            return new Main.Run(out, err, terminal).run(args);
        } catch (UsageException e) {
            err.println("fearless: " + e.getMessage());
            return 2;
        }
    }

    /** Bad usage: its message is the one line printed on standard error. */
    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private static final class Run {
        private final PrintStream out;
        private final PrintStream err;
        private final Terminal terminal;
        private boolean strict;
        private boolean warnUnknown;
        private final List<String> pluginOptions = new ArrayList<>();
        private String format = "text";
        private String color = "auto";
        private String classPath;
        private Path sourceRoot;
        private final List<String> positional = new ArrayList<>();

        Run(PrintStream out, PrintStream err, Terminal terminal) {
            this.out = out;
            this.err = err;
            this.terminal = terminal;
        }

        int run(String[] args) throws UsageException {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--explain" -> {
                        return explain(i + 1 < args.length ? args[i + 1] : null);
                    }
                    case "--help", "-h" -> {
                        out.print(USAGE);
                        return 0;
                    }
                    case "--version", "-V" -> {
                        out.println("fearless " + ToolInfo.load().version() + " (javac "
                                + Runtime.version() + ")");
                        return 0;
                    }
                    case "--strict" -> strict = true;
                    case "--warn-unknown" -> warnUnknown = true;
                    case "-cp", "-classpath", "--class-path" -> {
                        if (i + 1 >= args.length) {
                            throw new UsageException(a + " needs a path");
                        }
                        classPath = args[++i];
                    }
                    default -> option(a);
                }
            }
            if (!positional.isEmpty() && positional.get(0).equals("explain")) {
                return explain(positional.size() > 1 ? positional.get(1) : null);
            }
            if (!positional.isEmpty() && positional.get(0).equals("check")) {
                positional.remove(0);
            }
            return check(files());
        }

        private void option(String a) throws UsageException {
            if (a.startsWith("--table=")) {
                Path table = Path.of(a.substring("--table=".length()));
                if (!Files.isRegularFile(table)) {
                    throw new UsageException("no such table file: " + table);
                }
                pluginOptions.add("table=" + table);
            } else if (a.startsWith("--plugin-option=")) {
                String option = a.substring("--plugin-option=".length());
                if (option.isBlank() || option.contains(" ")) {
                    throw new UsageException("--plugin-option needs one option without spaces, e.g. strict");
                }
                pluginOptions.add(option);
            } else if (a.startsWith("--format=")) {
                format = a.substring("--format=".length());
                if (!format.equals("text") && !format.equals("sarif")) {
                    throw new UsageException("unknown format `" + format + "` (text, sarif)");
                }
            } else if (a.startsWith("--color=")) {
                color = a.substring("--color=".length());
                if (!List.of("auto", "always", "never").contains(color)) {
                    throw new UsageException("unknown colour choice `" + color + "` (auto, always, never)");
                }
            } else if (a.startsWith("--source-root=")) {
                sourceRoot = terminal.workingDir().resolve(a.substring("--source-root=".length()));
                if (!Files.isDirectory(sourceRoot)) {
                    throw new UsageException("no such directory: " + a.substring("--source-root=".length()));
                }
            } else if (a.startsWith("-")) {
                throw new UsageException("unknown option `" + a + "` (try --help)");
            } else {
                positional.add(a);
            }
        }

        private int explain(String code) throws UsageException {
            if (code == null) {
                throw new UsageException("explain needs a code, e.g. explain F0277");
            }
            Optional<String> text = Explanations.of(code);
            if (text.isEmpty()) {
                throw new UsageException("no explanation for `" + code + "` (known: "
                        + String.join(", ", Explanations.codes()) + ")");
            }
            out.print(text.get());
            return 0;
        }

        /** The files to check, each once, in the order given (a directory's files sorted by path). */
        private List<Path> files() throws UsageException {
            Map<Path, Path> files = new LinkedHashMap<>();
            for (String arg : positional) {
                Path p = Path.of(arg);
                if (Files.isDirectory(p)) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        walk.filter(f -> f.getFileName().toString().endsWith(".java") && Files.isRegularFile(f))
                                .sorted().forEach(f -> files.putIfAbsent(f.toAbsolutePath().normalize(), f));
                    } catch (IOException e) {
                        throw new UsageException("cannot read " + arg + ": " + e.getMessage());
                    }
                } else if (Files.isRegularFile(p)) {
                    files.putIfAbsent(p.toAbsolutePath().normalize(), p);
                } else {
                    throw new UsageException("no such file: " + arg);
                }
            }
            if (files.isEmpty()) {
                throw new UsageException(positional.isEmpty() ? "no files to check (try --help)"
                        : "no .java files in " + String.join(", ", positional));
            }
            return new ArrayList<>(files.values());
        }

        private int check(List<Path> files) {
            boolean sarif = format.equals("sarif");
            boolean colour = color.equals("always")
                    || (color.equals("auto") && terminal.terminal() && !terminal.noColor() && !sarif);
            Progress progress = terminal.terminal() && !sarif
                    ? new Progress(out, files.size(), () -> System.nanoTime() / 1_000_000) : null;
            List<CliDiagnostic> diagnostics = new ArrayList<>();
            List<Diagnostic<? extends JavaFileObject>> javacs = new ArrayList<>();
            JavacFindings adapter = compile(files, progress, javacs);
            for (Diagnostic<? extends JavaFileObject> d : javacs) {
                adapter.adapt(d).ifPresent(diagnostics::add);
            }
            if (progress != null) {
                progress.clear();
            }
            Summary summary = Summary.of(files.size(), diagnostics);
            Style style = new Style(colour);
            if (sarif) {
                out.print(new SarifWriter(ToolInfo.load(), sourceRoot == null ? terminal.workingDir() : sourceRoot)
                        .write(diagnostics));
                err.println(summary.line(new Style(false)));
            } else {
                RustcLayout layout = new RustcLayout(style);
                diagnostics.forEach(d -> out.print(layout.render(d)));
                out.println(summary.line(style));
            }
            return summary.errors() > 0 ? 1 : 0;
        }

        /**
         * Compiles {@code files} with the checker, which this run sets up on its own javac task (as
         * {@code -Xplugin:Fearless} would) so that the checker's diagnostics come with their exact labels.
         */
        private JavacFindings compile(List<Path> files, Progress progress, List<Diagnostic<? extends JavaFileObject>> into) {
            List<String> plugin = new ArrayList<>();
            if (strict) {
                plugin.add("strict");
            }
            if (warnUnknown) {
                plugin.add("warn-unknown");
            }
            plugin.addAll(pluginOptions);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
            List<DiagnosticSink.Reported> reported = new ArrayList<>();
            Path scratch = null;
            try (StandardJavaFileManager fm = javac.getStandardFileManager(collector, null, StandardCharsets.UTF_8)) {
                scratch = Files.createTempDirectory("fearless-cli");
                List<String> options = new ArrayList<>(List.of("-proc:none", "-d", scratch.toString(),
                        "-XDshould-stop.ifError=FLOW"));
                if (classPath != null) {
                    options.addAll(List.of("-classpath", classPath));
                }
                JavacTask task = (JavacTask) javac.getTask(new StringWriter(), fm, collector, options, null,
                        fm.getJavaFileObjectsFromPaths(files));
                new FearlessPlugin().init(task, reported::add, plugin.toArray(String[]::new));
                if (progress != null) {
                    task.addTaskListener(progress);
                }
                task.call();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deleteQuietly(scratch);
            }
            into.addAll(collector.getDiagnostics());
            return new JavacFindings(reported);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover scratch directory in the temp folder is harmless
        }
    }
}
