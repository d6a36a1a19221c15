package dev.fearless.checker.verdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.fearless.checker.knowledge.BundledText;

/**
 * The table of types that cannot carry annotations: the built-in JDK rows (resource
 * {@code jdk-types.table}, kept apart from the analysis so that it is easy to audit and extend), the built-in
 * rows for popular libraries (resource {@code library-types.table}, matched by qualified name, so they apply
 * to a library class on the class path without any dependency on the library), plus rows from files given
 * with the {@code table=<file>} plugin option, which win over built-in rows.
 *
 * <p>One row per line; {@code #} starts a comment:
 * <pre>{@code
 * # name<params>                            kind         options
 * java.lang.String                          immutable
 * java.util.Optional<T>                     immutable
 * java.util.concurrent.BlockingQueue<E>     thread-safe  subtypes Sync(ifSend=E)
 * java.util.ArrayList<E>                    mutable      mutators=add,addAll,clear
 * java.text.SimpleDateFormat                interior     reason="..." fix="..."
 * }</pre>
 * Kinds: {@code immutable}, {@code thread-safe}, {@code mutable}, {@code interior}, {@code confined}.
 * {@code Send(...)}/{@code Sync(...)} give conditions like the markers' attributes; by default a generic row
 * is Send if all its type arguments are Send and (immutable, thread-safe) Sync if all are Sync.
 */
public final class TypeTable {
    /** The built-in tables, in load order: the JDK's rows, then popular libraries' rows matched by name. */
    static final List<String> BUILT_IN = List.of("jdk-types.table", "library-types.table");

    /** The built-in rows, read once per class loader (the holder defers the read to first use). */
    private static final class BuiltIn {
        static final Map<String, TableEntry> ROWS;

        static {
            Map<String, TableEntry> rows = new HashMap<>();
            for (String builtIn : BUILT_IN) {
                parse(BundledText.require(TypeTable.class, builtIn), builtIn, rows);
            }
            ROWS = Map.copyOf(rows);
        }
    }

    private final Map<String, TableEntry> entries;

    private TypeTable(Map<String, TableEntry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /**
     * The built-in JDK rows, then the built-in library rows, then each extra file's rows in order (later rows
     * replace earlier ones).
     */
    public static TypeTable load(List<Path> extraFiles) {
        Map<String, TableEntry> rows = new HashMap<>(BuiltIn.ROWS);
        try {
            for (Path file : extraFiles) {
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("Fearless: no such table file: " + file);
                }
                parse(Files.readString(file), file.toString(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TypeTable(rows);
    }

    /** Parses table text (for tests and tools); rows are added to {@code into}. */
    public static void parse(String text, String source, Map<String, TableEntry> into) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                TableEntry entry = parseRow(line);
                into.put(entry.name(), entry);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Fearless: " + source + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
    }

    /** The row for a type by canonical name. */
    public Optional<TableEntry> lookup(String qualifiedName) {
        return Optional.ofNullable(entries.get(qualifiedName));
    }

    /** Every row (for audits and tests). */
    public Map<String, TableEntry> entries() {
        return entries;
    }

    private static TableEntry parseRow(String line) {
        List<String> tokens = tokenize(line);
        if (tokens.size() < 2) {
            throw new IllegalArgumentException("expected `name kind [options]`: " + line);
        }
        String head = tokens.get(0);
        String name = head;
        List<String> params = List.of();
        int lt = head.indexOf('<');
        if (lt >= 0) {
            if (!head.endsWith(">")) {
                throw new IllegalArgumentException("unclosed type parameters in " + head);
            }
            name = head.substring(0, lt);
            params = splitList(head.substring(lt + 1, head.length() - 1));
        }
        TableEntry.Kind kind = Arrays.stream(TableEntry.Kind.values())
                .filter(k -> k.word().equals(tokens.get(1)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kind `" + tokens.get(1)
                        + "` (immutable, thread-safe, mutable, interior, confined)"));
        Conditions send = new Conditions(params, List.of());
        Conditions sync = new Conditions(List.of(), params);
        boolean subtypes = false;
        Set<String> mutators = new LinkedHashSet<>();
        Set<String> shared = new LinkedHashSet<>();
        String reason = "";
        String fix = "";
        for (String token : tokens.subList(2, tokens.size())) {
            if (token.equals("subtypes")) {
                subtypes = true;
            } else if (token.startsWith("Send(") || token.startsWith("Sync(")) {
                Conditions c = parseConditions(token, params);
                if (token.startsWith("Send(")) {
                    send = c;
                } else {
                    sync = c;
                }
            } else if (token.startsWith("mutators=")) {
                mutators.addAll(splitList(token.substring("mutators=".length())));
            } else if (token.startsWith("shared-methods=")) {
                shared.addAll(splitList(token.substring("shared-methods=".length())));
            } else if (token.startsWith("reason=")) {
                reason = token.substring("reason=".length());
            } else if (token.startsWith("fix=")) {
                fix = token.substring("fix=".length());
            } else {
                throw new IllegalArgumentException("unknown option `" + token + "`");
            }
        }
        return new TableEntry(name, params, kind, send, sync, subtypes, mutators, shared, reason, fix);
    }

    private static Conditions parseConditions(String token, List<String> params) {
        if (!token.endsWith(")")) {
            throw new IllegalArgumentException("unclosed " + token);
        }
        List<String> ifSend = new ArrayList<>();
        List<String> ifSync = new ArrayList<>();
        String body = token.substring(5, token.length() - 1);
        for (String part : body.isEmpty() ? new String[0] : body.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || !(kv[0].equals("ifSend") || kv[0].equals("ifSync"))) {
                throw new IllegalArgumentException("expected ifSend=A,B or ifSync=A,B in " + token);
            }
            for (String p : splitList(kv[1])) {
                if (!params.contains(p)) {
                    throw new IllegalArgumentException("`" + p + "` is not a type parameter of this row");
                }
                (kv[0].equals("ifSend") ? ifSend : ifSync).add(p);
            }
        }
        return new Conditions(ifSend, ifSync);
    }

    private static List<String> splitList(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** Splits on blanks, keeping {@code key="quoted text"} together (quotes removed). */
    private static List<String> tokenize(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (current.length() > 0) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unclosed quote");
        }
        if (current.length() > 0) {
            tokens.add(current.toString());
        }
        return tokens;
    }
}
