package dev.fearless.checker.explain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.fearless.checker.knowledge.BundledText;

/**
 * The long explanation of each diagnostic code, kept as resources in the jar ({@code F0277.txt}) and printed
 * by {@code java -jar fearless-checker.jar --explain F0277}, like {@code rustc --explain E0277}.
 */
public final class Explanations {
    private Explanations() {
    }

    /** The codes that have an explanation, in order. */
    public static List<String> codes() {
        return java.util.Arrays.stream(dev.fearless.checker.report.Code.values()).map(Enum::name).toList();
    }

    /**
     * The first paragraph of {@code code}'s explanation without the code, joined to one line: what the code
     * means, e.g. "a value crosses to another thread, but its type is not `Send` (or not `Sync`)."
     */
    public static Optional<String> title(String code) {
        return paragraph(code, 0).map(p -> p.substring(p.indexOf(':') + 1).strip());
    }

    /** The second paragraph of {@code code}'s explanation, joined to one line: why it is an error. */
    public static Optional<String> summary(String code) {
        return paragraph(code, 1);
    }

    private static Optional<String> paragraph(String code, int index) {
        return of(code).map(text -> {
            String[] paragraphs = text.strip().split("\\R\\s*\\R");
            return index < paragraphs.length ? paragraphs[index].replaceAll("\\s*\\R\\s*", " ").strip() : "";
        });
    }

    /** The explanation of {@code code} (case-insensitive, e.g. {@code F0277}), if there is one. */
    public static Optional<String> of(String code) {
        String normalized = code.toUpperCase(Locale.ROOT);
        if (!normalized.matches("F[0-9]{4}")) {
            return Optional.empty();
        }
        return BundledText.read(Explanations.class, normalized + ".txt");
    }
}
