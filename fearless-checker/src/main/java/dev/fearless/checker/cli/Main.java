package dev.fearless.checker.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import dev.fearless.checker.explain.Explanations;

/**
 * The standalone checker: {@code java -jar fearless-checker.jar [--strict] [--table=FILE]
 * [--format=text|sarif] [-cp PATH] FILE.java...} compiles the files with {@code -Xplugin:Fearless} (nothing is written) and prints
 * the diagnostics in rustc's layout or as SARIF; {@code --explain F0277} prints a code's long explanation.
 *
 * <p>Exit status: 0 no errors, 1 errors found, 2 bad usage (one line on standard error).
 */
public final class Main {
    private Main() {
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line, printing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean strict = false;
        List<String> tables = new ArrayList<>();
        String format = "text";
        String classPath = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--explain" -> {
                    if (i + 1 >= args.length) {
                        err.println("fearless: --explain needs a code, e.g. --explain F0277");
                        return 2;
                    }
                    Optional<String> text = Explanations.of(args[i + 1]);
                    if (text.isEmpty()) {
                        err.println("fearless: no explanation for `" + args[i + 1] + "` (known: F0277, F0382)");
                        return 2;
                    }
                    out.print(text.get());
                    return 0;
                }
                case "--help", "-h" -> {
                    out.println("usage: java -jar fearless-checker.jar [--strict] [--table=FILE] "
                            + "[--format=text|sarif] [-cp PATH] FILE.java...");
                    out.println("       java -jar fearless-checker.jar --explain CODE");
                    return 0;
                }
                case "--strict" -> strict = true;
                case "-cp", "-classpath", "--class-path" -> {
                    if (i + 1 >= args.length) {
                        err.println("fearless: " + a + " needs a path");
                        return 2;
                    }
                    classPath = args[++i];
                }
                default -> {
                    if (a.startsWith("--table=")) {
                        Path table = Path.of(a.substring("--table=".length()));
                        if (!Files.isRegularFile(table)) {
                            err.println("fearless: no such table file: " + table);
                            return 2;
                        }
                        tables.add(table.toString());
                    } else if (a.startsWith("--format=")) {
                        format = a.substring("--format=".length());
                        if (!format.equals("text") && !format.equals("sarif")) {
                            err.println("fearless: unknown format `" + format + "` (text, sarif)");
                            return 2;
                        }
                    } else if (a.startsWith("-")) {
                        err.println("fearless: unknown option `" + a + "` (try --help)");
                        return 2;
                    } else {
                        Path p = Path.of(a);
                        if (!Files.isRegularFile(p)) {
                            err.println("fearless: no such file: " + a);
                            return 2;
                        }
                        files.add(p);
                    }
                }
            }
        }
        if (files.isEmpty()) {
            err.println("fearless: no files to check (try --help)");
            return 2;
        }
        StringBuilder plugin = new StringBuilder("-Xplugin:Fearless");
        if (strict) {
            plugin.append(" strict");
        }
        tables.forEach(t -> plugin.append(" table=").append(t));
        List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(files, classPath, plugin.toString());
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
                .toList();
        if (format.equals("sarif")) {
            out.print(SarifWriter.write(errors));
        } else {
            RustcLayout layout = new RustcLayout();
            errors.forEach(d -> out.print(layout.render(d)));
            long count = errors.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).count();
            if (count > 0) {
                out.println("error: aborting due to " + count + (count == 1 ? " previous error" : " previous errors"));
            }
        }
        return errors.stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR) ? 1 : 0;
    }

    private static List<Diagnostic<? extends JavaFileObject>> compile(List<Path> files, String classPath,
                                                                      String plugin) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        Path scratch = null;
        try (StandardJavaFileManager fm = javac.getStandardFileManager(collector, null, StandardCharsets.UTF_8)) {
            scratch = Files.createTempDirectory("fearless-cli");
            List<String> options = new ArrayList<>(List.of("-proc:none", "-d", scratch.toString(),
                    "-processorpath", ownLocation(), "-XDshould-stop.ifError=FLOW",
                    plugin));
            if (classPath != null) {
                options.addAll(List.of("-classpath", classPath));
            }
            javac.getTask(new StringWriter(), fm, collector, options, null,
                    fm.getJavaFileObjectsFromPaths(files)).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(scratch);
        }
        return collector.getDiagnostics();
    }

    /** The jar (or classes directory) this class was loaded from: javac loads the plugin from there. */
    private static String ownLocation() {
        try {
            return new File(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
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
