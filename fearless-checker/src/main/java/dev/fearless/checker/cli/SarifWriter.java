package dev.fearless.checker.cli;

import java.util.List;
import java.util.Locale;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Writes diagnostics as SARIF 2.1.0, for code-scanning tools. */
final class SarifWriter {
    private SarifWriter() {
    }

    static String write(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        StringBuilder results = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            String message = d.getMessage(Locale.ROOT);
            String first = message.split("\n", 2)[0];
            String rule = first.startsWith("[F") && first.indexOf(']') > 0
                    ? first.substring(1, first.indexOf(']')) : "javac";
            if (results.length() > 0) {
                results.append(",\n");
            }
            results.append("        {\"ruleId\": ").append(json(rule))
                    .append(", \"level\": ").append(json(d.getKind() == Diagnostic.Kind.ERROR ? "error" : "warning"))
                    .append(", \"message\": {\"text\": ").append(json(message)).append("}");
            if (d.getSource() != null && d.getLineNumber() > 0) {
                results.append(", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ")
                        .append(json(d.getSource().toUri().getPath()))
                        .append("}, \"region\": {\"startLine\": ").append(d.getLineNumber())
                        .append(", \"startColumn\": ").append(d.getColumnNumber()).append("}}}]");
            }
            results.append("}");
        }
        return "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"
                + "  \"runs\": [{\n    \"tool\": {\"driver\": {\"name\": \"Fearless\", \"rules\": ["
                + "{\"id\": \"F0277\", \"shortDescription\": {\"text\": \"value is not Send or not Sync\"}}, "
                + "{\"id\": \"F0382\", \"shortDescription\": {\"text\": \"use after move, or data race\"}}]}},\n"
                + "    \"results\": [\n" + results + (results.length() > 0 ? "\n" : "") + "    ]\n  }]\n}\n";
    }

    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
