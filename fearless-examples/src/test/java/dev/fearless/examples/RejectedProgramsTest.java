package dev.fearless.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The programs under {@code src/rejected/java} must not compile: each is compiled as a user's build compiles
 * it, with {@code -Xplugin:Fearless}, and javac's whole output is compared with
 * {@code src/test/resources/golden/<Name>.txt}.
 */
class RejectedProgramsTest {
    private static final Path REJECTED = Path.of("src/rejected/java");

    @TestFactory
    Stream<DynamicTest> everyRejectedProgramFailsWithItsGoldenDiagnostic() throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(REJECTED)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(sources).extracting(p -> p.getFileName().toString())
                .contains("SharedCounterRc.java", "Listing16_04.java", "Listing16_09.java");
        return sources.stream().map(source -> DynamicTest.dynamicTest(REJECTED.relativize(source).toString(), () -> {
            String name = source.getFileName().toString().replace(".java", ".txt");
            String expected = Files.readString(Path.of("src/test/resources/golden").resolve(name));
            // the explain line names the plugin jar where this build found it; the golden names it plainly
            String actual = compile(source).replaceAll("explain: java -jar \\S*fearless-checker\\S*\\.jar",
                    "explain: java -jar fearless-checker.jar");
            assertThat(actual).isEqualTo(expected);
        }));
    }

    private static String compile(Path source) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createTempDirectory("fearless-rejected");
        try {
            var unit = new SimpleJavaFileObject(URI.create("string:///" + source.getFileName()),
                    SimpleJavaFileObject.Kind.SOURCE) {
                @Override
                public String getName() {
                    return source.getFileName().toString();
                }

                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) throws IOException {
                    return Files.readString(source, StandardCharsets.UTF_8);
                }
            };
            StringWriter output = new StringWriter();
            boolean ok = javac.getTask(output, null, null,
                    List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                            "-proc:none", "-Xplugin:Fearless"),
                    null, List.of(unit)).call();
            assertThat(ok).as("%s must not compile", source.getFileName()).isFalse();
            return output.toString().replace(System.lineSeparator(), "\n");
        } finally {
            try (var walk = Files.walk(out)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
