package dev.fearless.checker.fuzz;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles many in-memory sources in one javac task, with or without {@code -Xplugin:Fearless}, and hands back
 * each file's diagnostics. Attribution and flow analysis run for every class even after errors
 * ({@code should-stop} at FLOW, whatever the errors), so one file's errors do not hide another's; no class
 * files are written.
 */
final class BatchCompiler {
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    private static final StandardJavaFileManager FILES = JAVAC.getStandardFileManager(null, Locale.ROOT, null);

    private BatchCompiler() {
    }

    /** One diagnostic, as the tests compare it. */
    record Message(Diagnostic.Kind kind, long line, String text) {
        boolean error() {
            return kind == Diagnostic.Kind.ERROR;
        }
    }

    /** The result of one task: whether javac succeeded, and the diagnostics of each file (by its name). */
    record Result(boolean ok, Map<String, List<Message>> byFile, List<Message> unplaced) {
        List<Message> of(String file) {
            return byFile.getOrDefault(file, List.of());
        }
    }

    /** Compiles {@code sources} (file name to text). */
    static Result compile(Map<String, String> sources, boolean plugin) {
        Path out;
        try {
            out = Files.createTempDirectory("fearless-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            List<JavaFileObject> units = new ArrayList<>();
            sources.forEach((name, text) -> units.add(new Source(name, text)));
            List<String> options = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"),
                    "-d", out.toString(), "-proc:none", "-implicit:none", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000",
                    "-XDshould-stop.ifError=FLOW", "-XDshould-stop.ifNoError=FLOW"));
            if (plugin) {
                options.add("-Xplugin:Fearless");
            }
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            boolean ok = JAVAC.getTask(new StringWriter(), FILES, diagnostics, options, null, units).call();
            Map<String, List<Message>> byFile = new LinkedHashMap<>();
            List<Message> unplaced = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                Message m = new Message(d.getKind(), d.getLineNumber(), d.getMessage(Locale.ROOT));
                if (d.getSource() == null) {
                    unplaced.add(m);
                } else {
                    byFile.computeIfAbsent(d.getSource().getName(), k -> new ArrayList<>()).add(m);
                }
            }
            return new Result(ok, byFile, unplaced);
        } finally {
            try (Stream<Path> walk = Files.walk(out)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String name;
        private final String text;

        Source(String name, String text) {
            super(URI.create("string:///" + name), Kind.SOURCE);
            this.name = name;
            this.text = text;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
