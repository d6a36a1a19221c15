package dev.fearless.examples.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

/**
 * The seed program with {@code Rc} must not compile: compiles it as a user's build does, with
 * {@code -Xplugin:Fearless}, and compares javac's whole output with the golden text.
 */
class RejectedSeedTest {
    @Test
    void rcVersionIsRejectedWithTheGoldenDiagnostic() throws Exception {
        Path source = Path.of("src/rejected/java/dev/fearless/examples/seed/SharedCounterRc.java");
        String expected = Files.readString(Path.of("src/test/resources/golden/SharedCounterRc.txt"));
        assertThat(compile(source)).isEqualTo(expected);
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
                public CharSequence getCharContent(boolean ignoreEncodingErrors) throws java.io.IOException {
                    return Files.readString(source, StandardCharsets.UTF_8);
                }
            };
            StringWriter output = new StringWriter();
            boolean ok = javac.getTask(output, null, null,
                    List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                            "-proc:none", "-Xplugin:Fearless"),
                    null, List.of(unit)).call();
            assertThat(ok).as("the Rc version must not compile").isFalse();
            return output.toString().replace(System.lineSeparator(), "\n");
        } finally {
            try (var walk = Files.walk(out)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
