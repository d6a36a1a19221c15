package dev.fearless.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every code example in the Javadoc of {@code fearless-core}'s exported packages compiles against the
 * library, as a reader would paste it (how: {@link ExampleCompiler}).
 */
class JavadocExamplesTest {

    @Test
    void everyExampleOfTheCoreJavadocCompiles(@TempDir Path out) throws IOException {
        Path sources = Repository.root().resolve("fearless-core/src/main/java");
        List<Example> examples = new ArrayList<>();
        for (Example example : JavadocExamples.under(sources)) {
            // dev.fearless.internal is not exported: its comments are for maintainers
            if (!sources.relativize(example.file()).startsWith(Path.of("dev", "fearless", "internal"))) {
                examples.add(example);
            }
        }
        assertThat(examples).as("examples found in %s", sources).hasSizeGreaterThan(100);

        List<String> failures = ExampleCompiler.failures(examples, out);

        assertThat(failures).as("Javadoc examples that do not compile (file:line: javac's first error)").isEmpty();
    }

    @Test
    void anExampleThatDoesNotCompileIsReportedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Path source = Files.writeString(dir.resolve("Demo.java"), """
                /**
                 * Fine:
                 * <pre>{@code
                 * Mutex<Integer> m = Mutex.of(1);
                 * int one = m.withLock(g -> g.get());
                 * }</pre>
                 * A declaration with an elided body:
                 * <pre>{@code
                 * @Send(ifSend = "T")
                 * final class Box<T> { ... }
                 * static <T> JoinHandle<T> start(@Send Supplier<T> body) { ... }
                 * }</pre>
                 * Broken:
                 * <pre>{@code
                 * Mutex<Integer> m = Mutex.of(1);
                 * m.release();
                 * }</pre>
                 */
                class Demo {
                }
                """);
        List<Example> examples = JavadocExamples.in(source);
        assertThat(examples).extracting(Example::line).containsExactly(3, 8, 14);

        List<String> failures = ExampleCompiler.failures(examples, dir.resolve("out"));

        assertThat(failures).singleElement().asString()
                .startsWith(source + ":16: ")
                .contains("cannot find symbol");
    }
}
