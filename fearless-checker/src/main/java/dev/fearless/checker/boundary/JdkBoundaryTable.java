package dev.fearless.checker.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.fearless.checker.knowledge.BundledText;

/**
 * The JDK's thread boundaries, which cannot carry {@code @Send}: resource {@code jdk-boundaries.table}, one row
 * per method, {@code owner method kind [option ...] effect...}, each after the Javadoc sentence that makes it a
 * boundary on {@code #>} lines (the table's header explains the options). A row matches a call of a method with
 * that name declared in the owner or any subtype (so {@code ThreadPoolExecutor.execute} matches
 * {@code Executor.execute}); {@code <init>} stands for constructors; a trailing {@code *} is a prefix match
 * and a leading one a suffix match ({@code *Async}).
 *
 * <p>{@code jdk-callbacks.table} has the same format, for the methods that the JDK calls on a user subclass or
 * implementation from another thread ({@code ThreadPoolExecutor.afterExecute}, {@code Flow.Subscriber.onNext}).
 */
final class JdkBoundaryTable {

    /**
     * One row.
     *
     * @param since    the JDK release that added the owner or the method; 0 when it is on every supported JDK
     * @param param    the type of the parameter that crosses (see {@link #paramExcluded}); {@code null}: any
     *                 parameter through which code crosses
     * @param paramExcluded whether {@code param} names the one parameter type that does <em>not</em> cross
     * @param first    the type the matching overloads' first parameter has; {@code null}: any overload
     * @param joined   the call returns only after the code has run: its end is a join
     * @param completer the code runs on whichever thread completes a future (instance fields: strict only)
     * @param citation the Javadoc sentence that makes it a boundary
     */
    record Row(String owner, String method, BoundaryKind kind, String effect, int since, String param,
               boolean paramExcluded, String first, boolean joined, String citation, boolean completer) {

        Row(String owner, String method, BoundaryKind kind, String effect) {
            this(owner, method, kind, effect, 0, null, false, null, false, "", false);
        }

        boolean matchesName(String name) {
            if (method.startsWith("*")) {
                return name.endsWith(method.substring(1));
            }
            if (method.endsWith("*")) {
                return name.startsWith(method.substring(0, method.length() - 1));
            }
            return method.equals(name);
        }

        /**
         * Whether a type name written in a row ({@code Runnable}, {@code Flow.Subscriber},
         * {@code java.lang.Runnable}) names the type whose qualified name is {@code qualified}.
         */
        static boolean names(String written, String qualified) {
            return qualified.equals(written) || qualified.endsWith("." + written);
        }
    }

    private final List<Row> rows;

    private JdkBoundaryTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The built-in rows, read once per class loader and shared by every compilation that uses it. */
    private static final JdkBoundaryTable BUILT_IN =
            parse(BundledText.require(JdkBoundaryTable.class, "jdk-boundaries.table"), "jdk-boundaries.table");

    static JdkBoundaryTable load() {
        return BUILT_IN;
    }

    private static final JdkBoundaryTable CALLBACKS =
            parse(BundledText.require(JdkBoundaryTable.class, "jdk-callbacks.table"), "jdk-callbacks.table");

    /** The table of methods that the JDK calls on user code from another thread. */
    static JdkBoundaryTable loadCallbacks() {
        return CALLBACKS;
    }

    static JdkBoundaryTable parse(String text) {
        return parse(text, "table");
    }

    static JdkBoundaryTable parse(String text, String source) {
        List<Row> rows = new ArrayList<>();
        StringBuilder citation = new StringBuilder();
        int lineNumber = 0;
        for (String raw : text.split("\n")) {
            lineNumber++;
            String line = raw.strip();
            if (line.startsWith("#>")) {
                citation.append(citation.length() == 0 ? "" : " ").append(line.substring(2).strip());
                continue;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                rows.add(row(line, citation.toString()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Fearless: " + source + ":" + lineNumber + ": " + e.getMessage(), e);
            }
            citation.setLength(0);
        }
        return new JdkBoundaryTable(rows);
    }

    private static Row row(String line, String citation) {
        String[] parts = line.split("\\s+");
        if (parts.length < 4) {
            throw new IllegalArgumentException("expected `owner method kind [option ...] effect`: " + line);
        }
        BoundaryKind kind;
        try {
            kind = BoundaryKind.valueOf(parts[2].toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind `" + parts[2] + "`");
        }
        int since = 0;
        String param = null;
        boolean excluded = false;
        String first = null;
        boolean joined = false;
        boolean completer = false;
        int i = 3;
        for (; i < parts.length; i++) {
            String option = parts[i];
            if (option.equals("joined")) {
                joined = true;
            } else if (option.equals("completer")) {
                completer = true;
            } else if (option.startsWith("since=")) {
                since = Integer.parseInt(option.substring("since=".length()));
            } else if (option.startsWith("param=!")) {
                param = option.substring("param=!".length());
                excluded = true;
            } else if (option.startsWith("param=")) {
                param = option.substring("param=".length());
            } else if (option.startsWith("first=")) {
                first = option.substring("first=".length());
            } else if (option.contains("=")) {
                throw new IllegalArgumentException("unknown option `" + option + "`");
            } else {
                break;
            }
        }
        if (i == parts.length) {
            throw new IllegalArgumentException("expected an effect after the options: " + line);
        }
        String effect = String.join(" ", java.util.Arrays.asList(parts).subList(i, parts.length));
        return new Row(parts[0], parts[1], kind, effect, since, param, excluded, first, joined, citation, completer);
    }

    /** Whether a row for methods named {@code name} names a task type ({@code param=T}): a quick first test. */
    boolean namesTaskType(String name) {
        return taskTypeNames.computeIfAbsent(name, n -> rows.stream()
                .anyMatch(row -> row.param() != null && !row.paramExcluded() && row.matchesName(n)));
    }

    /** Memo of {@link #namesTaskType}, per called name. */
    private final java.util.Map<String, Boolean> taskTypeNames = new java.util.concurrent.ConcurrentHashMap<>();

    List<Row> rows() {
        return rows;
    }
}
