package dev.fearless.checker.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.fearless.checker.knowledge.BundledText;

/**
 * The JDK's thread boundaries, which cannot carry {@code @Send}: resource {@code jdk-boundaries.table},
 * one row per method, {@code owner method kind effect...}. A row matches a call of a method with that name
 * declared in the owner or any subtype (so {@code ThreadPoolExecutor.execute} matches
 * {@code Executor.execute}); {@code <init>} stands for constructors; a trailing {@code *} is a prefix match
 * and a leading one a suffix match ({@code *Async}).
 */
final class JdkBoundaryTable {

    /** One boundary row. */
    record Row(String owner, String method, BoundaryKind kind, String effect) {
        boolean matchesName(String name) {
            if (method.startsWith("*")) {
                return name.endsWith(method.substring(1));
            }
            if (method.endsWith("*")) {
                return name.startsWith(method.substring(0, method.length() - 1));
            }
            return method.equals(name);
        }
    }

    private final List<Row> rows;

    private JdkBoundaryTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The built-in rows, read once per class loader and shared by every compilation that uses it. */
    private static final JdkBoundaryTable BUILT_IN =
            parse(BundledText.require(JdkBoundaryTable.class, "jdk-boundaries.table"));

    static JdkBoundaryTable load() {
        return BUILT_IN;
    }

    static JdkBoundaryTable parse(String text) {
        List<Row> rows = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 4);
            if (parts.length < 4) {
                throw new IllegalArgumentException("expected `owner method kind effect`: " + line);
            }
            BoundaryKind kind = BoundaryKind.valueOf(parts[2].toUpperCase(Locale.ROOT).replace('-', '_'));
            rows.add(new Row(parts[0], parts[1], kind, parts[3]));
        }
        return new JdkBoundaryTable(rows);
    }

    List<Row> rows() {
        return rows;
    }
}
