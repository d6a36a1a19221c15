package dev.fearless.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of the repository's Markdown compiles against the library, as a reader would
 * paste it (how: {@link ExampleCompiler}). Blocks in other languages ({@code ```xml}, {@code ```sh}, plain
 * {@code ```} for output) are not compiled.
 */
class MarkdownExamplesTest {

    @Test
    void everyJavaBlockOfTheRepositorysMarkdownCompiles(@TempDir Path out) throws IOException {
        Path root = Repository.root();
        List<Example> examples = new ArrayList<>();
        for (Path file : Repository.markdownFiles(root)) {
            examples.addAll(javaBlocks(file));
        }
        assertThat(examples).extracting(e -> root.relativize(e.file()).toString().replace('\\', '/'))
                .contains("README.md", "fearless-core/README.md", "docs/model.md", "docs/diagnostics.md");

        assertThat(ExampleCompiler.failures(examples, out))
                .as("```java blocks that do not compile (file:line: javac's first error)").isEmpty();
    }

    @Test
    void aBlockThatDoesNotCompileIsReportedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Path md = Files.writeString(dir.resolve("guide.md"), """
                # Guide

                ```java
                Mutex<Integer> m = Mutex.of(1);
                ```

                ```xml
                <not-java/>
                ```

                ```java
                Arc<String> name = Arc.of("n");
                name.release();
                ```
                """);
        List<Example> examples = javaBlocks(md);
        assertThat(examples).extracting(Example::line).containsExactly(3, 11);

        assertThat(ExampleCompiler.failures(examples, dir.resolve("out"))).singleElement().asString()
                .startsWith(md + ":13: ")
                .contains("cannot find symbol");
    }

    /** The {@code ```java} blocks of a Markdown file, each with the line of its opening fence. */
    static List<Example> javaBlocks(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Example> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i).strip();
            if (!fence.startsWith("```")) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                end++;
            }
            if (fence.equals("```java")) {
                blocks.add(new Example(file, i + 1, String.join("\n", lines.subList(i + 1, end)) + "\n"));
            }
            i = end;
        }
        return blocks;
    }
}
