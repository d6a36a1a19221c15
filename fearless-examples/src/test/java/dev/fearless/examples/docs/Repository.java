package dev.fearless.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The repository this module is part of, as the documentation tests see it. */
final class Repository {
    private Repository() {
    }

    /** The repository's root: the parent of this module's directory (Maven runs tests there). */
    static Path root() {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertThat(root.resolve("pom.xml")).as("the repository root above fearless-examples").exists();
        assertThat(root.resolve("fearless-core")).isDirectory();
        return root;
    }

    /**
     * The Markdown files of the repository: those git tracks ({@code git ls-files}), or, where there is no git
     * checkout (a source archive), every {@code .md} file outside build output and hidden directories.
     */
    static List<Path> markdownFiles(Path root) throws IOException {
        if (Files.exists(root.resolve(".git"))) {
            List<Path> tracked = tracked(root);
            if (tracked != null) {
                return tracked;
            }
        }
        return walk(root);
    }

    private static List<Path> tracked(Path root) throws IOException {
        Process git;
        try {
            git = new ProcessBuilder("git", "ls-files", "-z", "--", "*.md").directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException noGit) {
            return null;
        }
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (git.waitFor() != 0) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        List<Path> files = new ArrayList<>();
        for (String name : out.split("\\x00")) {
            if (!name.isEmpty() && Files.isRegularFile(root.resolve(name))) {
                files.add(root.resolve(name));
            }
        }
        files.sort(null);
        return files;
    }

    static List<Path> walk(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                    .filter(p -> {
                        for (Path part : root.relativize(p)) {
                            String name = part.toString();
                            if (name.equals("target") || name.startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .toList();
        }
    }
}
