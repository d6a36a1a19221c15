package dev.fearless.checker.cli;

import static dev.fearless.checker.cli.Json.object;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.fearless.checker.cli.CliDiagnostic.Edit;
import dev.fearless.checker.cli.CliDiagnostic.Label;
import dev.fearless.checker.cli.CliDiagnostic.Note;
import dev.fearless.checker.cli.CliDiagnostic.Severity;
import dev.fearless.checker.cli.CliDiagnostic.Span;
import dev.fearless.checker.explain.Explanations;

/**
 * Writes findings as one SARIF 2.1.0 log for code-scanning tools: file URIs relative to {@code %SRCROOT%} (the
 * source root, given in {@code originalUriBaseIds}), regions with start and end line and column in characters,
 * the labels as related locations, the reason chain as the lines of the message, concrete fixes as
 * {@code fixes}, javac's own diagnostics under the rule {@code javac}, and the plugin's internal failures and
 * option problems as notifications of the invocation instead of results.
 */
final class SarifWriter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    static final String JAVAC_RULE = "javac";

    private final ToolInfo tool;
    private final Path sourceRoot;

    /** @param sourceRoot the directory that {@code %SRCROOT%} stands for */
    SarifWriter(ToolInfo tool, Path sourceRoot) {
        this.tool = tool;
        this.sourceRoot = sourceRoot.toAbsolutePath().normalize();
    }

    String write(List<CliDiagnostic> diagnostics) {
        List<String> ruleIds = new ArrayList<>(Explanations.codes());
        ruleIds.add(JAVAC_RULE);
        List<Object> rules = new ArrayList<>();
        for (String id : ruleIds) {
            rules.add(rule(id));
        }
        List<Object> results = new ArrayList<>();
        List<Object> failures = new ArrayList<>();
        List<Object> configuration = new ArrayList<>();
        for (CliDiagnostic d : diagnostics) {
            switch (d.severity()) {
                case INTERNAL_ERROR -> failures.add(notification(d, "error", "internal-error"));
                case CONFIGURATION -> configuration.add(notification(d, "error", "configuration"));
                default -> {
                    String ruleId = d.code().orElse(JAVAC_RULE);
                    int index = ruleIds.indexOf(ruleId);
                    if (index < 0) {
                        ruleIds.add(ruleId);
                        rules.add(rule(ruleId));
                        index = ruleIds.size() - 1;
                    }
                    results.add(result(d, ruleId, index));
                }
            }
        }
        Map<String, Object> invocation = object(
                "executionSuccessful", failures.isEmpty(),
                "toolExecutionNotifications", failures.isEmpty() ? null : failures,
                "toolConfigurationNotifications", configuration.isEmpty() ? null : configuration);
        Map<String, Object> driver = object(
                "name", "Fearless",
                "version", tool.version(),
                "informationUri", tool.informationUri(),
                "rules", rules);
        String root = sourceRoot.toUri().toASCIIString();
        Map<String, Object> run = object(
                "tool", object("driver", driver),
                "invocations", List.of(invocation),
                "originalUriBaseIds", object(SRCROOT, object("uri", root.endsWith("/") ? root : root + "/")),
                "columnKind", "utf16CodeUnits",
                "results", results);
        return Json.write(object("$schema", SCHEMA, "version", "2.1.0", "runs", List.of(run)));
    }

    private Map<String, Object> rule(String id) {
        if (id.equals(JAVAC_RULE)) {
            return object(
                    "id", JAVAC_RULE,
                    "name", "CompileError",
                    "shortDescription", text("javac reported an error or a warning"),
                    "fullDescription", text("javac could not compile the file, or warned about it. Code that "
                            + "does not compile is not checked for thread safety."),
                    "help", text("Fix what javac reports; the checker checks the file once it compiles."),
                    "helpUri", tool.informationUri(),
                    "defaultConfiguration", object("level", "error"));
        }
        return object(
                "id", id,
                "shortDescription", text(Explanations.title(id).orElse(id)),
                "fullDescription", text(Explanations.summary(id).orElse(id)),
                "help", text(Explanations.of(id).orElse("")),
                "helpUri", tool.helpUri(id),
                "defaultConfiguration", object("level", isWarning(id) ? "warning" : "error"));
    }

    private static boolean isWarning(String id) {
        return java.util.Arrays.stream(dev.fearless.checker.report.Code.values())
                .anyMatch(c -> c.name().equals(id) && c.warning());
    }

    private Map<String, Object> result(CliDiagnostic d, String ruleId, int ruleIndex) {
        List<Object> related = new ArrayList<>();
        for (Label l : d.labels()) {
            if (l.primary()) {
                continue; // its message goes with the result's location
            }
            related.add(object("id", related.size() + 1, "physicalLocation", physical(l.span()),
                    "message", text(l.message())));
        }
        List<Object> fixes = new ArrayList<>();
        d.fix().filter(f -> !f.edits().isEmpty()).ifPresent(f -> {
            Map<SourceText, List<Object>> byFile = new LinkedHashMap<>();
            for (Edit e : f.edits()) {
                byFile.computeIfAbsent(e.span().source(), k -> new ArrayList<>()).add(object(
                        "deletedRegion", region(e.span()), "insertedContent", text(e.replacement())));
            }
            List<Object> changes = new ArrayList<>();
            byFile.forEach((file, replacements) -> changes.add(object(
                    "artifactLocation", artifact(file), "replacements", replacements)));
            fixes.add(object("description", text(f.description()), "artifactChanges", changes));
        });
        return object(
                "ruleId", ruleId,
                "ruleIndex", ruleIndex,
                "level", d.severity() == Severity.ERROR ? "error" : "warning",
                "message", text(message(d)),
                "locations", locations(d),
                "relatedLocations", related.isEmpty() ? null : related,
                "fixes", fixes.isEmpty() ? null : fixes);
    }

    private Map<String, Object> notification(CliDiagnostic d, String level, String id) {
        return object(
                "descriptor", object("id", id),
                "level", level,
                "message", text(message(d)),
                "locations", locations(d));
    }

    /** The headline, then each {@code kind: text} line of the reason chain. */
    private static String message(CliDiagnostic d) {
        StringBuilder text = new StringBuilder(d.headline());
        for (Note n : d.notes()) {
            text.append('\n').append(n.kind()).append(": ").append(n.text());
        }
        return text.toString();
    }

    private List<Object> locations(CliDiagnostic d) {
        if (d.primary().isPresent()) {
            String message = d.labels().stream().filter(Label::primary).map(Label::message)
                    .filter(m -> !m.isEmpty()).findFirst().orElse(null);
            return List.of(object("physicalLocation", physical(d.primary().get()),
                    "message", message == null ? null : text(message)));
        }
        if (d.file().isPresent()) {
            return List.of(object("physicalLocation", object("artifactLocation", artifact(d.file().get()))));
        }
        return null;
    }

    private Map<String, Object> physical(Span span) {
        return object("artifactLocation", artifact(span.source()), "region", region(span));
    }

    private static Map<String, Object> region(Span span) {
        SourceText s = span.source();
        return object(
                "startLine", s.line(span.start()),
                "startColumn", s.charColumn(span.start()),
                "endLine", s.line(span.end()),
                "endColumn", s.charColumn(span.end()));
    }

    private Map<String, Object> artifact(SourceText file) {
        Optional<Path> path = file.path();
        if (path.isEmpty()) {
            return object("uri", relativeUri(file.name().replace('\\', '/')), "uriBaseId", SRCROOT);
        }
        if (path.get().startsWith(sourceRoot)) {
            String relative = sourceRoot.relativize(path.get()).toString().replace('\\', '/');
            return object("uri", relativeUri(relative), "uriBaseId", SRCROOT);
        }
        return object("uri", path.get().toUri().toASCIIString());
    }

    /** A relative URI reference for a relative path, percent-encoded where RFC 3986 needs it (UTF-8). */
    private static String relativeUri(String relativePath) {
        try {
            String encoded = new URI(null, null, relativePath, null).toASCIIString();
            // a first segment with a colon would read as a scheme
            return encoded.indexOf(':') >= 0 && encoded.indexOf(':') < (encoded + "/").indexOf('/')
                    ? "./" + encoded : encoded;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(relativePath, e);
        }
    }

    private static Map<String, Object> text(String s) {
        return object("text", s);
    }
}
