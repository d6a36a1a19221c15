package dev.fearless.checker.explain;

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

    /** The explanation of {@code code} (case-insensitive, e.g. {@code F0277}), if there is one. */
    public static Optional<String> of(String code) {
        String normalized = code.toUpperCase(Locale.ROOT);
        if (!normalized.matches("F[0-9]{4}")) {
            return Optional.empty();
        }
        return BundledText.read(Explanations.class, normalized + ".txt");
    }
}
