package dev.fearless.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles documentation examples against the library, as a reader would paste them.
 *
 * <p>Each example is tried first as statements (the body of a method that may throw), and, if that does not
 * compile, as members of a class (declarations of types and methods). The examples see the packages of the
 * library ({@code dev.fearless.*}), {@code java.util} (with {@code concurrent}, {@code concurrent.atomic},
 * {@code function} and {@code regex}) and {@code java.time}, and a few stand-ins for the reader's own code
 * ({@link #READERS_OWN_CODE}: {@code Config}, {@code Connection}, {@code work()}, ...); every object of the
 * library they use, they declare. A body written <code>{ ... }</code> is elided (see
 * {@link Example#compilable()}). All examples are compiled in one javac run per form.
 */
final class ExampleCompiler {
    private ExampleCompiler() {
    }

    private static final String IMPORTS = """
            import dev.fearless.marker.*;
            import dev.fearless.rc.*;
            import dev.fearless.sync.*;
            import dev.fearless.sync.mpsc.*;
            import dev.fearless.thread.*;
            import java.time.*;
            import java.util.*;
            import java.util.concurrent.*;
            import java.util.concurrent.atomic.*;
            import java.util.function.*;
            import java.util.regex.*;
            """;

    /**
     * Stand-ins for the reader's own code, which examples call but do not define (a configuration, a
     * connection, the work a thread does). Everything of the library an example uses, it declares itself.
     */
    private static final String READERS_OWN_CODE = """
                record Config(String host, int port, int version) {
                    static Config defaults() { return new Config("localhost", 8080, 1); }
                    static Config load() { return defaults(); }
                    Config withPort(int port) { return new Config(host, port, version); }
                    Config bumpVersion() { return new Config(host, port, version + 1); }
                }
                static final class Connection implements AutoCloseable {
                    @Override public void close() { }
                }
                static Connection openConnection() { return new Connection(); }
                static void use(Object value) { }
                static void publish(Object value) { }
                static void handle(Object message) { }
                static void work() { }
                static void index() { }
                static void pollForever() { }
                static void deepRecursion() { }
                static void handleRequest() { }
                static void drainLogQueue() { }
                static int sum(List<Integer> numbers) { return 0; }
            """;

    /** The examples that compile in neither form, each as "file:line: javac's first error". */
    static List<String> failures(List<Example> examples, Path out) throws IOException {
        Map<Example, List<Diagnostic<? extends JavaFileObject>>> asStatements =
                compile(examples, out, ExampleCompiler::asStatements);
        List<Example> retry = new ArrayList<>(asStatements.keySet());
        Map<Example, List<Diagnostic<? extends JavaFileObject>>> asMembers =
                compile(retry, out, ExampleCompiler::asMembers);
        List<String> failures = new ArrayList<>();
        for (Example example : examples) {
            if (asStatements.containsKey(example) && asMembers.containsKey(example)) {
                // report the form the example was written in: declarations, or statements
                boolean declarations = asMembers.get(example).size() < asStatements.get(example).size();
                Diagnostic<? extends JavaFileObject> first = (declarations ? asMembers : asStatements).get(example).get(0);
                int header = (int) (declarations ? asMembers(example) : asStatements(example))
                        .lines().takeWhile(l -> !l.equals("//>")).count() + 1;
                long line = example.line() + first.getLineNumber() - header;
                // javac's message, with the symbol of a "cannot find symbol" on the same line
                String message = String.join(" ", first.getMessage(null).lines()
                        .filter(l -> !l.strip().startsWith("location:")).map(String::strip).toList());
                failures.add(example.file() + ":" + line + ": " + message);
            }
        }
        return failures;
    }

    private static String asStatements(Example example) {
        return IMPORTS + "class " + className(example) + " {\n" + READERS_OWN_CODE
                + "    void example() throws Exception {\n//>\n" + example.compilable() + "    }\n}\n";
    }

    private static String asMembers(Example example) {
        return IMPORTS + "class " + className(example) + " {\n" + READERS_OWN_CODE + "//>\n"
                + example.compilable() + "}\n";
    }

    private static String className(Example example) {
        return "Example_" + Integer.toHexString(System.identityHashCode(example)) + "_" + example.line();
    }

    /** Compiles every example in the given form in one javac run; returns the errors of those that fail. */
    private static Map<Example, List<Diagnostic<? extends JavaFileObject>>> compile(
            List<Example> examples, Path out,
            Function<Example, String> form) throws IOException {
        Map<Example, List<Diagnostic<? extends JavaFileObject>>> errors = new LinkedHashMap<>();
        if (examples.isEmpty()) {
            return errors;
        }
        Map<JavaFileObject, Example> units = new LinkedHashMap<>();
        for (Example example : examples) {
            String code = form.apply(example);
            units.put(new SimpleJavaFileObject(URI.create("string:///" + className(example) + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return code;
                }
            }, example);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = Files.createDirectories(out).resolve("classes-" + System.nanoTime());
        Files.createDirectories(classes);
        try {
            javac.getTask(new StringWriter(), null, diagnostics,
                    List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
                            "-proc:none", "-implicit:none", "-Xlint:none", "-nowarn",
                            "-XDshould-stop.ifError=FLOW", "-Xmaxerrs", "100000"),
                    null, units.keySet()).call();
        } finally {
            try (var walk = Files.walk(classes)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                Example example = units.get(d.getSource());
                assertThat(example).as("an error outside the examples: %s", d).isNotNull();
                errors.computeIfAbsent(example, e -> new ArrayList<>()).add(d);
            }
        }
        return errors;
    }
}
