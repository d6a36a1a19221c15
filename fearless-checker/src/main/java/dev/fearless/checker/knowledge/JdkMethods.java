package dev.fearless.checker.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the checker knows about JDK methods, from resource {@code jdk-methods.table} (its header explains the
 * rows): factories whose result is immutable or synchronized, executors that run on one thread, the calls
 * that hand an executor a task, the stream stages that keep a range's elements distinct, and how a fix
 * copies a value.
 */
public final class JdkMethods {

    /** The kinds of row. */
    public enum Kind {
        /** A static factory whose result is an immutable collection. */
        IMMUTABLE,
        /** A collector whose result is an immutable collection. */
        COLLECTOR,
        /** A read-only view, immutable only over a fresh copy. */
        VIEW,
        /** A factory whose result guards every call with one lock. */
        SYNCHRONIZED,
        /** An executor factory whose tasks run on one thread. */
        SINGLE_THREAD,
        /** A call that runs its argument on an executor's threads. */
        RUNS,
        /** A stream stage after which each element of a range is still seen once. */
        KEEPS_DISTINCT,
        /** A call that hands its argument to whichever thread takes it. */
        HAND_OFF,
        /** A static factory of a future that is complete when it returns. */
        COMPLETED,
        /** A stage that, on a complete future, runs its function at once on the calling thread. */
        SAME_THREAD,
        /** How a fix copies a value of the owner type (the methods column holds a template). */
        COPY,
        /** The thread-safe type a fix names for a value of the owner type (a template of its type arguments). */
        SAFE
    }

    /**
     * One row.
     *
     * @param kind     what the row says
     * @param owner    fully qualified name of the declaring type (for {@code copy}: the copied type)
     * @param methods  the methods' simple names; empty for {@code copy}
     * @param template for {@code copy}: the words of the fix, {@code %s} standing for the variable
     * @param since    the JDK feature release that added the API, 0 if always there
     */
    public record Row(Kind kind, String owner, List<String> methods, String template, int since) {
    }

    private static final List<Row> ROWS = parse(BundledText.require(JdkMethods.class, "jdk-methods.table"));

    private JdkMethods() {
    }

    /** Every row (for the audit). */
    public static List<Row> rows() {
        return ROWS;
    }

    /** The qualified names ({@code java.util.List.of}) of the methods that rows of {@code kind} name. */
    public static Set<String> qualified(Kind kind) {
        Set<String> out = new LinkedHashSet<>();
        for (Row row : ROWS) {
            if (row.kind() == kind) {
                row.methods().forEach(m -> out.add(row.owner() + "." + m));
            }
        }
        return Set.copyOf(out);
    }

    /** The simple names of the methods that rows of {@code kind} name. */
    public static Set<String> simple(Kind kind) {
        Set<String> out = new LinkedHashSet<>();
        for (Row row : ROWS) {
            if (row.kind() == kind) {
                out.addAll(row.methods());
            }
        }
        return Set.copyOf(out);
    }

    /** The {@code safe} rows, in table order. */
    public static List<Row> safeTypes() {
        return ROWS.stream().filter(r -> r.kind() == Kind.SAFE).toList();
    }

    /** The {@code copy} rows, in table order. */
    public static List<Row> copies() {
        return ROWS.stream().filter(r -> r.kind() == Kind.COPY).toList();
    }

    /** Parses a table; a malformed row fails with its text. */
    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("jdk-methods.table: expected 3 columns: " + line);
            }
            Kind kind;
            try {
                kind = Kind.valueOf(parts[0].toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("jdk-methods.table: unknown kind `" + parts[0] + "`: " + line, e);
            }
            if (kind == Kind.COPY || kind == Kind.SAFE) {
                if (kind == Kind.COPY && !parts[2].contains("%s")) {
                    throw new IllegalArgumentException("jdk-methods.table: a copy template needs %s: " + line);
                }
                rows.add(new Row(kind, parts[1], List.of(), parts[2].strip(), 0));
                continue;
            }
            String[] rest = parts[2].strip().split("\\s+");
            int since = 0;
            if (rest.length == 2 && rest[1].startsWith("since=")) {
                since = Integer.parseInt(rest[1].substring("since=".length()));
            } else if (rest.length != 1) {
                throw new IllegalArgumentException("jdk-methods.table: expected 3 columns: " + line);
            }
            rows.add(new Row(kind, parts[1], List.copyOf(Arrays.asList(rest[0].split(","))), "", since));
        }
        return List.copyOf(rows);
    }
}
