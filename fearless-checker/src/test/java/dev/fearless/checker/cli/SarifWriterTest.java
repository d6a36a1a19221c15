package dev.fearless.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fearless.checker.cli.CliDiagnostic.Edit;
import dev.fearless.checker.cli.CliDiagnostic.Fix;
import dev.fearless.checker.cli.CliDiagnostic.Label;
import dev.fearless.checker.cli.CliDiagnostic.Note;
import dev.fearless.checker.cli.CliDiagnostic.Severity;
import dev.fearless.checker.cli.CliDiagnostic.Span;
import dev.fearless.checker.explain.Explanations;

class SarifWriterTest {
    private static final ToolInfo TOOL = new ToolInfo("1.2.3", "https://example.org/fearless");

    private static String cli(Path workingDir, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                new Terminal(false, name -> null, workingDir));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneErrorAsAWholeDocument(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src/main/java");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Demo.java"), """
                import dev.fearless.rc.Rc;
                import dev.fearless.thread.Threads;

                class Demo {
                \tvoid run() {
                \t\tRc<String> name = Rc.of("x");
                \t\tThreads.spawn(() -> name.get());
                \t}
                }
                """);
        String sarif = cli(dir, "check", "--format=sarif", "-cp", System.getProperty("java.class.path"),
                src.toString());
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        ToolInfo tool = ToolInfo.load();
        Path golden = Path.of("src/test/resources/cli/one-error.sarif.json");
        if (Boolean.getBoolean("fearless.updateGolden")) { // review the change before committing it
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, sarif.replace(dir.toUri().toString(), "@SRCROOT@")
                    .replace(jsonText(Explanations.of("F0277").orElseThrow()), "@F0277_HELP@")
                    .replace(jsonText(Explanations.of("F0382").orElseThrow()), "@F0382_HELP@")
                    .replace(jsonText(Explanations.of("F0100").orElseThrow()), "@F0100_HELP@")
                    .replace("\"" + tool.version() + "\"", "\"@VERSION@\"")
                    .replace(tool.informationUri(), "@INFORMATION_URI@"), StandardCharsets.UTF_8);
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8)
                .replace("@VERSION@", tool.version())
                .replace("@INFORMATION_URI@", tool.informationUri())
                .replace("@SRCROOT@", dir.toUri().toString())
                .replace("@F0277_HELP@", SarifWriterTest.jsonText(Explanations.of("F0277").orElseThrow()))
                .replace("@F0382_HELP@", SarifWriterTest.jsonText(Explanations.of("F0382").orElseThrow()))
                .replace("@F0100_HELP@", SarifWriterTest.jsonText(Explanations.of("F0100").orElseThrow()));
        assertThat(sarif).isEqualTo(expected);
    }

    private static String jsonText(String s) {
        String quoted = SarifSchema.JSON.valueToTree(s).toString();
        return quoted.substring(1, quoted.length() - 1);
    }

    @Test
    void urisOutsideTheSourceRootAreAbsoluteAndSpecialCharactersAreEncoded(@TempDir Path dir) throws Exception {
        Path inside = dir.resolve("root/a b/Ünï.java");
        Path outside = dir.resolve("elsewhere/Out.java");
        Files.createDirectories(inside.getParent());
        Files.createDirectories(outside.getParent());
        Files.writeString(inside, "class Ünï { Missing m; }\n");
        Files.writeString(outside, "class Out { Missing m; }\n");
        String sarif = cli(dir, "--format=sarif", "--source-root=root", inside.toString(), outside.toString());
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode run = SarifSchema.parse(sarif).path("runs").path(0);
        assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText())
                .isEqualTo(dir.resolve("root").toUri().toASCIIString());
        JsonNode first = run.path("results").path(0).path("locations").path(0).path("physicalLocation");
        assertThat(first.path("artifactLocation").path("uri").asText()).isEqualTo("a%20b/%C3%9Cn%C3%AF.java");
        assertThat(first.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        JsonNode second = run.path("results").path(1).path("locations").path(0).path("physicalLocation");
        assertThat(second.path("artifactLocation").path("uri").asText()).isEqualTo(outside.toUri().toASCIIString());
        assertThat(second.path("artifactLocation").has("uriBaseId")).isFalse();
        assertThat(run.path("results").path(0).path("ruleId").asText()).isEqualTo("javac");
        assertThat(run.path("results").path(0).path("message").path("text").asText())
                .isEqualTo("cannot find symbol\nnote: symbol:   class Missing\nnote: location: class Ünï");
    }

    @Test
    void labelsFixesAndTabsInCharacterColumns(@TempDir Path dir) throws Exception {
        String text = "class Demo {\n\tvoid run() {\n\t\tRc<String> name = Rc.of(\"x\");\n"
                + "\t\tThreads.spawn(() -> name.get());\n\t}\n}\n";
        SourceText source = new SourceText("Demo.java", dir.resolve("Demo.java"), text);
        int use = text.indexOf("name.get");
        int type = text.indexOf("Rc<String>");
        int make = text.indexOf("Rc.of");
        CliDiagnostic d = new CliDiagnostic(Optional.of("F0277"), Severity.ERROR, Optional.of(source),
                Optional.of(new Span(source, use, use + 4)), "`Rc<String>` cannot be sent between threads safely",
                List.of(new Label(new Span(source, type, type + 10), "`name` is declared here", true),
                        new Label(source.trimmedLine(4), "required by `Threads.spawn` (line 4)", false)),
                List.of(new Note("help", "`Rc<String>` is not `Send`"), new Note("note", "required by ...")),
                Optional.of(new Fix("use `Arc<String>` instead of `Rc<String>`", List.of(
                        new Edit(new Span(source, type, type + 2), "Arc"),
                        new Edit(new Span(source, make, make + 2), "Arc")))));
        String sarif = new SarifWriter(TOOL, dir).write(List.of(d));
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode result = SarifSchema.parse(sarif).path("runs").path(0).path("results").path(0);
        assertThat(result.path("message").path("text").asText()).isEqualTo(
                "`Rc<String>` cannot be sent between threads safely\nhelp: `Rc<String>` is not `Send`\n"
                        + "note: required by ...");
        JsonNode region = result.path("locations").path(0).path("physicalLocation").path("region");
        assertThat(region.toString()).isEqualTo(
                "{\"startLine\":4,\"startColumn\":23,\"endLine\":4,\"endColumn\":27}"); // two tabs are two characters
        JsonNode related = result.path("relatedLocations");
        assertThat(related.size()).isEqualTo(2);
        assertThat(related.path(0).path("message").path("text").asText()).isEqualTo("`name` is declared here");
        assertThat(related.path(1).path("physicalLocation").path("region").toString()).isEqualTo(
                "{\"startLine\":4,\"startColumn\":3,\"endLine\":4,\"endColumn\":35}");
        JsonNode fix = result.path("fixes").path(0);
        assertThat(fix.path("description").path("text").asText()).isEqualTo("use `Arc<String>` instead of `Rc<String>`");
        JsonNode change = fix.path("artifactChanges").path(0);
        assertThat(change.path("artifactLocation").path("uri").asText()).isEqualTo("Demo.java");
        assertThat(change.path("replacements").size()).isEqualTo(2);
        assertThat(change.path("replacements").path(1).toString()).isEqualTo(
                "{\"deletedRegion\":{\"startLine\":3,\"startColumn\":21,\"endLine\":3,\"endColumn\":23},"
                        + "\"insertedContent\":{\"text\":\"Arc\"}}");
    }

    @Test
    void theLabelsOfARaceAreRelatedLocationsWithExactRegions(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Moved.java"), MainTest.MOVED);
        String sarif = cli(dir, "check", "--format=sarif", "-cp", System.getProperty("java.class.path"),
                dir.resolve("Moved.java").toString());
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode result = SarifSchema.parse(sarif).path("runs").path(0).path("results").path(0);
        assertThat(result.path("ruleId").asText()).isEqualTo("F0382");
        JsonNode location = result.path("locations").path(0);
        assertThat(location.path("physicalLocation").path("region").toString()).as("`log`, after two tabs")
                .isEqualTo("{\"startLine\":12,\"startColumn\":3,\"endLine\":12,\"endColumn\":6}");
        assertThat(location.path("message").path("text").asText())
                .isEqualTo("used here while the other thread may change it");
        JsonNode related = result.path("relatedLocations");
        assertThat(related.size()).isEqualTo(2);
        assertThat(related.path(0).path("physicalLocation").path("region").toString()).as("`Threads.spawn`")
                .isEqualTo("{\"startLine\":9,\"startColumn\":3,\"endLine\":9,\"endColumn\":16}");
        assertThat(related.path(0).path("message").path("text").asText()).isEqualTo("runs the lambda on another thread");
        assertThat(related.path(1).path("physicalLocation").path("region").toString()).as("`log.add(\"worker\")`")
                .isEqualTo("{\"startLine\":10,\"startColumn\":4,\"endLine\":10,\"endColumn\":21}");
        assertThat(related.path(1).path("message").path("text").asText()).isEqualTo("changed here, on the other thread");
        assertThat(result.path("message").path("text").asText()).as("the snippets are not in the message")
                .doesNotContain(" | ").contains("\nhelp: `List<String>` is not `Sync`");
    }

    @Test
    void internalErrorsAreNotificationsOfTheInvocationAndCountedInTheSummary(@TempDir Path dir) {
        JavaFileObject file = Fixtures.source("Boom.java", "class Boom {\n    int x = 1;\n}\n");
        JavacFindings adapter = new JavacFindings();
        List<CliDiagnostic> diagnostics = List.of(
                adapter.adapt(Fixtures.diagnostic(Diagnostic.Kind.WARNING, file, 0, 30,
                        "Fearless: internal error while checking Boom.java: java.lang.IllegalStateException: boom; "
                                + "please report")).orElseThrow(),
                adapter.adapt(Fixtures.diagnostic(Diagnostic.Kind.ERROR, file, 0, 30,
                        "Fearless: no such table file: x.table")).orElseThrow());
        String sarif = new SarifWriter(TOOL, dir).write(diagnostics);
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode run = SarifSchema.parse(sarif).path("runs").path(0);
        assertThat(run.path("results").size()).isZero();
        JsonNode invocation = run.path("invocations").path(0);
        assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
        JsonNode failure = invocation.path("toolExecutionNotifications").path(0);
        assertThat(failure.path("level").asText()).isEqualTo("error");
        assertThat(failure.path("message").path("text").asText()).startsWith("Fearless: internal error while checking");
        assertThat(failure.path("locations").path(0).path("physicalLocation").path("artifactLocation")
                .path("uri").asText()).isEqualTo("Boom.java");
        assertThat(invocation.path("toolConfigurationNotifications").path(0).path("message").path("text").asText())
                .isEqualTo("Fearless: no such table file: x.table");
        assertThat(Summary.of(3, diagnostics).line(new Style(false)))
                .isEqualTo("checked 3 files: 1 error in 1 file, 1 internal error");
        assertThat(Summary.of(3, diagnostics.subList(0, 1)).line(new Style(false)))
                .isEqualTo("checked 3 files: no errors, 1 internal error");
        CliDiagnostic nowhere = adapter.adapt(Fixtures.diagnostic(Diagnostic.Kind.ERROR, null, -1, -1,
                "plug-in not found: Fearless")).orElseThrow();
        assertThat(Summary.of(1, List.of(nowhere, nowhere)).line(new Style(false)))
                .isEqualTo("checked 1 file: 2 errors");
    }

    @Test
    void rulesCarryDescriptionsHelpAndUris() {
        String sarif = new SarifWriter(TOOL, Path.of("")).write(List.of());
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode driver = SarifSchema.parse(sarif).path("runs").path(0).path("tool").path("driver");
        assertThat(driver.path("version").asText()).isEqualTo("1.2.3");
        assertThat(driver.path("informationUri").asText()).isEqualTo("https://example.org/fearless");
        JsonNode rules = driver.path("rules");
        assertThat(rules.size()).isEqualTo(4);
        JsonNode f0277 = rules.path(0);
        assertThat(f0277.path("id").asText()).isEqualTo("F0277");
        assertThat(f0277.path("shortDescription").path("text").asText())
                .isEqualTo("a value crosses to another thread, but its type is not `Send` (or not `Sync`).");
        assertThat(f0277.path("fullDescription").path("text").asText()).startsWith("A lambda, method reference")
                .doesNotContain("\n");
        assertThat(f0277.path("help").path("text").asText()).isEqualTo(Explanations.of("F0277").orElseThrow());
        assertThat(f0277.path("helpUri").asText()).isEqualTo("https://example.org/fearless#f0277");
        JsonNode f0100 = rules.path(2);
        assertThat(f0100.path("id").asText()).isEqualTo("F0100");
        assertThat(f0100.path("shortDescription").path("text").asText()).startsWith("a thread is constructed");
        assertThat(f0100.path("defaultConfiguration").path("level").asText()).isEqualTo("warning");
        assertThat(rules.path(1).path("defaultConfiguration").path("level").asText()).isEqualTo("error");
        assertThat(rules.path(3).path("id").asText()).isEqualTo("javac");
    }
}
