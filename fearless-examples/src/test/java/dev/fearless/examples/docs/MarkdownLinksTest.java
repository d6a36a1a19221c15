package dev.fearless.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every relative link in the repository's Markdown files leads to a file, and an anchor to a heading. */
class MarkdownLinksTest {

    @Test
    void everyRelativeLinkOfTheRepositoryResolves() throws IOException {
        Path root = Repository.root();
        List<Path> files = Repository.markdownFiles(root);
        assertThat(files).extracting(f -> root.relativize(f).toString().replace('\\', '/'))
                .contains("README.md", "docs/model.md", "docs/diagnostics.md", "fearless-checker/README.md");
        assertThat(MarkdownLinks.broken(files)).isEmpty();
    }

    @Test
    void aMissingFileOrHeadingIsReported(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/guide.md"), """
                # The guide

                ## Codes and `F0277`

                ## Codes and `F0277`
                """);
        Path readme = Files.writeString(dir.resolve("README.md"), """
                # Title

                See [the guide](docs/guide.md), [codes](docs/guide.md#codes-and-f0277),
                [again](docs/guide.md#codes-and-f0277-1) and [the title](#title), ![a picture](docs).
                [web](https://example.org/nowhere.md) and `[code](nowhere.md)` are not checked.

                ```
                [in a code block](nowhere.md)
                ```

                Broken: [gone](docs/gone.md), [no heading](docs/guide.md#codes), [here](#no-such-heading).

                [ref]: docs/missing.md
                """);

        List<MarkdownLinks.Broken> broken = MarkdownLinks.broken(List.of(readme, dir.resolve("docs/guide.md")));

        assertThat(broken).extracting(MarkdownLinks.Broken::line, MarkdownLinks.Broken::target)
                .containsExactly(
                        tuple(11, "docs/gone.md"),
                        tuple(11, "docs/guide.md#codes"),
                        tuple(11, "#no-such-heading"),
                        tuple(13, "docs/missing.md"));
        assertThat(broken.get(1).why()).isEqualTo("no heading `#codes` in guide.md");
    }

    @Test
    void slugsAreGitHubs() {
        assertThat(MarkdownLinks.slug("Known limitations (the checker stays silent rather than guess)"))
                .isEqualTo("known-limitations-the-checker-stays-silent-rather-than-guess");
        assertThat(MarkdownLinks.slug("The checker (`fearless-checker`)")).isEqualTo("the-checker-fearless-checker");
        assertThat(MarkdownLinks.slug("Where a type's verdict comes from")).isEqualTo("where-a-types-verdict-comes-from");
        assertThat(MarkdownLinks.slug("See [the model](docs/model.md)")).isEqualTo("see-the-model");
    }
}
