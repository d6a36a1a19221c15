package dev.fearless.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The snippet corpus: every {@code corpus/<group>/<Name>.java} is compiled alone with {@code -Xplugin:Fearless}
 * and javac's whole output is compared with {@code <Name>.txt}, or must be empty when the snippet's first line
 * is {@code // expect: no diagnostic}. A line {@code // options: strict} passes plugin options; a line
 * {@code // file: p/Name.java} starts another source file (e.g. an ecosystem annotation the snippet uses).
 * A line {@code // requires: javac 21} marks a snippet that uses JDK 21 API (thread builders, virtual threads, an
 * {@code ExecutorService} in try-with-resources): on an older javac the snippet cannot compile, so there the test
 * asserts that javac reports its own missing-symbol error and that the plugin does not fail internally on
 * the code javac could not attribute.
 *
 * <p>{@code -Dfearless.corpus=model} limits the run to one group (a folder under {@code corpus}).
 *
 * <p>Run with {@code -Dfearless.updateGolden=true} to (re)write the golden files from the current output;
 * review every change before committing it.
 */
class CorpusTest {
    private static final String NONE = "// expect: no diagnostic";
    private static final String OPTIONS = "// options: ";
    private static final String REQUIRES = "// requires: javac ";

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        Path root = Path.of("src/test/resources/corpus"); // surefire runs in the module directory
        List<Path> snippets;
        try (Stream<Path> walk = Files.walk(root)) {
            String group = System.getProperty("fearless.corpus", "");
            snippets = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> group.isEmpty() || root.relativize(p).startsWith(group)).sorted().toList();
        }
        assertThat(snippets).isNotEmpty();
        return snippets.stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> check(p)));
    }

    private static void check(Path snippet) throws Exception {
        String text = Files.readString(snippet, StandardCharsets.UTF_8);
        String options = text.lines().filter(l -> l.startsWith(OPTIONS)).findFirst()
                .map(l -> l.substring(OPTIONS.length()).strip()).orElse("");
        boolean expectNone = text.startsWith(NONE);
        String name = snippet.getFileName().toString();
        String actual = SnippetCompiler.compile(options, sources(name, text));
        int required = text.lines().filter(l -> l.startsWith(REQUIRES)).findFirst()
                .map(l -> Integer.parseInt(l.substring(REQUIRES.length()).strip())).orElse(0);
        if (Runtime.version().feature() < required) {
            assertThat(actual).as("javac %d on %s", Runtime.version().feature(), name)
                    .contains("error: cannot find symbol").doesNotContain("internal error");
            return; // the golden file holds the output of a javac that has the API
        }
        Path golden = snippet.resolveSibling(name.replaceAll("\\.java$", ".txt"));
        if (Boolean.getBoolean("fearless.updateGolden") && !expectNone) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        if (expectNone) {
            assertThat(Files.exists(golden)).as("%s says no diagnostic but has a golden file", name).isFalse();
            assertThat(actual).as("diagnostics for %s", name).isEmpty();
        } else {
            assertThat(Files.exists(golden)).as("golden file %s", golden).isTrue();
            assertThat(actual).as("diagnostics for %s", name)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
    }

    /** Splits a snippet at its {@code // file:} lines; the text before the first one is the snippet itself. */
    private static SnippetCompiler.Source[] sources(String name, String text) {
        List<SnippetCompiler.Source> out = new java.util.ArrayList<>();
        String current = name;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("// file: ")) {
                out.add(new SnippetCompiler.Source(current, body.toString()));
                current = line.substring("// file: ".length()).strip();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        out.add(new SnippetCompiler.Source(current, body.toString()));
        return out.toArray(new SnippetCompiler.Source[0]);
    }
}
