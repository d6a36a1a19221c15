package dev.fearless.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs {@code fearless check --format=sarif} over every snippet of the corpus ({@code -Dfearless.corpus=GROUP}
 * limits it to one group, as for the corpus test) and validates each document against the official SARIF
 * 2.1.0 schema; it also checks that the document holds as many Fearless results as the snippet's golden file
 * has Fearless diagnostics, each with a full region relative to {@code %SRCROOT%}.
 *
 * <p>A snippet that needs a newer javac ({@code // requires: javac 21}) cannot compile on an older one: there
 * its javac errors must be results under the rule {@code javac} (and the document still valid).
 */
class SarifCorpusTest {
    private static final Path ROOT = Path.of("src/test/resources/corpus");
    private static final Pattern FEARLESS_LINE = Pattern.compile("(?m)^\\S+:\\d+: (error|warning): \\[F\\d{4}\\]");
    private static final Pattern OPTION_ERROR = Pattern.compile("(?m)^\\S+:\\d+: error: Fearless: ");

    @Test
    void theSchemaIsTheOfficialOne() throws IOException {
        try (var in = SarifSchema.class.getResourceAsStream(SarifSchema.RESOURCE)) {
            JsonNode schema = SarifSchema.JSON.readTree(in);
            assertThat(schema.path("title").asText()).isEqualTo(
                    "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema");
            assertThat(schema.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        }
        assertThat(SarifSchema.violations("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}"))
                .as("the validator rejects a run without a tool").isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everySnippetGivesValidSarif() throws IOException {
        List<Path> snippets;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            String group = System.getProperty("fearless.corpus", "");
            snippets = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> group.isEmpty() || ROOT.relativize(p).startsWith(group)).sorted().toList();
        }
        assertThat(snippets).isNotEmpty();
        return snippets.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> check(p)));
    }

    private static void check(Path snippet) throws IOException {
        String text = Files.readString(snippet, StandardCharsets.UTF_8);
        String name = snippet.getFileName().toString();
        int required = text.lines().filter(l -> l.startsWith("// requires: javac ")).findFirst()
                .map(l -> Integer.parseInt(l.substring("// requires: javac ".length()).strip())).orElse(0);
        Path dir = Files.createTempDirectory("fearless-sarif");
        try {
            List<String> args = new ArrayList<>(List.of("check", "--format=sarif", "--source-root=" + dir,
                    "-cp", System.getProperty("java.class.path")));
            text.lines().filter(l -> l.startsWith("// options: ")).findFirst().ifPresent(l -> {
                for (String option : l.substring("// options: ".length()).strip().split("\\s+")) {
                    args.add("--plugin-option=" + option);
                }
            });
            args.addAll(writeSources(dir, name, text));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String sarif = out.toString(StandardCharsets.UTF_8);
            assertThat(status).as("exit status, stderr: %s", err).isIn(0, 1);
            assertThat(SarifSchema.violations(sarif)).as("schema violations of %s", name).isEmpty();

            JsonNode run = SarifSchema.parse(sarif).path("runs").path(0);
            assertThat(run.path("invocations").path(0).path("toolExecutionNotifications").isMissingNode())
                    .as("no internal error").isTrue();
            List<JsonNode> results = new ArrayList<>();
            run.path("results").forEach(results::add);
            long fearless = results.stream().filter(r -> r.path("ruleId").asText().startsWith("F")).count();
            if (Runtime.version().feature() < required) {
                assertThat(results).as("javac %d cannot compile %s", Runtime.version().feature(), name)
                        .anyMatch(r -> r.path("ruleId").asText().equals("javac")
                                && r.path("message").path("text").asText().startsWith("cannot find symbol"));
                return;
            }
            Path golden = snippet.resolveSibling(name.replaceAll("\\.java$", ".txt"));
            String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
            assertThat(fearless).as("Fearless results for %s", name).isEqualTo(count(FEARLESS_LINE, expected));
            assertThat(run.path("invocations").path(0).path("toolConfigurationNotifications").size())
                    .as("option errors").isEqualTo(count(OPTION_ERROR, expected));
            for (JsonNode r : results) {
                JsonNode location = r.path("locations").path(0).path("physicalLocation");
                assertThat(location.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
                JsonNode region = location.path("region");
                assertThat(List.of("startLine", "startColumn", "endLine", "endColumn"))
                        .allMatch(field -> region.path(field).asInt() >= 1);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Writes the snippet and the files its {@code // file:} lines start; returns their paths. */
    private static List<String> writeSources(Path dir, String name, String text) throws IOException {
        List<String> paths = new ArrayList<>();
        String current = name;
        StringBuilder body = new StringBuilder();
        for (String line : (text + "\n// file: ").split("\n", -1)) {
            if (line.startsWith("// file: ")) {
                if (current != null) {
                    Path file = dir.resolve(current);
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, body.toString(), StandardCharsets.UTF_8);
                    paths.add(file.toString());
                }
                String next = line.substring("// file: ".length()).strip();
                current = next.isEmpty() ? null : next;
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        return paths;
    }
}
