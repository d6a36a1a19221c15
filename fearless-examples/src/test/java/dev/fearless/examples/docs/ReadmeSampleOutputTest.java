package dev.fearless.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

/**
 * The READMEs show what {@code javac -Xplugin:Fearless} prints for the Rust Book's shared counter with
 * {@code Rc}: that text must be the checker's real, current output for that program, as this build compiles
 * it (paths before the file name and the plugin jar's location normalised).
 */
class ReadmeSampleOutputTest {
    private static final Path PROGRAM = Path.of("src/rejected/java/dev/fearless/examples/seed/SharedCounterRc.java");

    @Test
    void theCheckerReadmeShowsTheRealOutput() throws Exception {
        String readme = Files.readString(Repository.root().resolve("fearless-checker/README.md"));
        Matcher block = Pattern.compile("```\\n(SharedCounterRc\\.java:\\d+: error: .*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(block.find()).as("the sample output block of fearless-checker/README.md").isTrue();
        assertThat(normalise(block.group(1))).isEqualTo(normalise(compile()));
    }

    @Test
    void theRootReadmeShowsTheRealOutput() throws Exception {
        String readme = Files.readString(Repository.root().resolve("README.md"));
        Matcher block = Pattern.compile("\\$ javac -Xplugin:Fearless SharedCounterRc\\.java[^\\n]*\\n(.*?\\n\\d+ errors?\\n)",
                Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("the `$ javac -Xplugin:Fearless SharedCounterRc.java` block of README.md").isTrue();
        assertThat(normalise(block.group(1))).isEqualTo(normalise(compile()));
    }

    /**
     * The javac-form samples of the docs ({@code Name.java:N: error: ...} blocks) are cut from the checker's
     * golden output for the corpus snippet of that name, which the checker's corpus test keeps equal to the
     * real output: each block must appear, as it is, in that golden file.
     */
    @Test
    void theDocsSamplesAreTheCheckersGoldenOutput() throws IOException {
        Path root = Repository.root();
        Path corpus = root.resolve("fearless-checker/src/test/resources/corpus");
        Pattern sample = Pattern.compile("```\\n((\\w+)\\.java:\\d+: (?:error|warning): .*?)```", Pattern.DOTALL);
        int checked = 0;
        for (String doc : List.of("docs/diagnostics.md", "docs/model.md")) {
            Matcher block = sample.matcher(Files.readString(root.resolve(doc)));
            while (block.find()) {
                List<Path> goldens;
                try (var walk = Files.walk(corpus)) {
                    String name = block.group(2) + ".txt";
                    goldens = walk.filter(p -> p.getFileName().toString().equals(name)).toList();
                }
                assertThat(goldens).as("%s: the corpus golden file of %s", doc, block.group(2)).hasSize(1);
                assertThat(Files.readString(goldens.get(0))).as("%s: the sample of %s", doc, block.group(2))
                        .contains(block.group(1));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
    }

    /** The file's directories and the jar's location are the build's, not the program's. */
    private static String normalise(String output) {
        return output.replace("\r\n", "\n")
                .replaceAll("(?m)^\\S*SharedCounterRc\\.java:", "SharedCounterRc.java:")
                .replaceAll("explain: java -jar \\S*fearless-checker\\S*\\.jar", "explain: java -jar fearless-checker.jar");
    }

    private static String compile() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createTempDirectory("fearless-readme");
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            StringWriter output = new StringWriter();
            boolean ok = javac.getTask(output, files, null,
                    List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                            "-proc:none", "-Xplugin:Fearless"),
                    null, files.getJavaFileObjects(PROGRAM)).call();
            assertThat(ok).as("SharedCounterRc must not compile").isFalse();
            return output.toString();
        } finally {
            try (var walk = Files.walk(out)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
