package dev.fearless.checker.borrow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

import dev.fearless.checker.knowledge.BundledText;

/**
 * The calls that wait for a task's work, from resource {@code jdk-waits.table} (its header explains the rows),
 * matched by the receiver's type and its subtypes, as boundaries are: a {@code poll()} on a
 * {@code ConcurrentLinkedQueue} waits for nothing, a {@code take()} on a {@code BlockingQueue} waits for the
 * task's {@code put}.
 */
final class WaitTable {

    /** The kinds of row. */
    enum Kind {
        TASK, POOL, SIGNAL, SCOPE
    }

    /** A method name with an optional argument count ({@code join/0}). */
    record MethodName(String name, int arity) {
        static MethodName parse(String text) {
            int slash = text.indexOf('/');
            return slash < 0 ? new MethodName(text, -1)
                    : new MethodName(text.substring(0, slash), Integer.parseInt(text.substring(slash + 1)));
        }

        boolean matches(String called, int arguments) {
            return name.equals(called) && (arity < 0 || arity == arguments);
        }
    }

    /** One row. */
    record Row(Kind kind, String owner, List<MethodName> methods, List<MethodName> waits, int since) {
        boolean names(String called, int arguments) {
            return methods.stream().anyMatch(m -> m.matches(called, arguments));
        }
    }

    private static final List<Row> BUILT_IN = parse(BundledText.require(WaitTable.class, "jdk-waits.table"));

    private final Types types;
    private final Elements elements;
    private final Map<String, Optional<TypeElement>> owners = new HashMap<>();

    WaitTable(Types types, Elements elements) {
        this.types = types;
        this.elements = elements;
    }

    /** Every built-in row (for the audit). */
    static List<Row> rows() {
        return BUILT_IN;
    }

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            int since = 0;
            if (parts[parts.length - 1].startsWith("since=")) {
                since = Integer.parseInt(parts[parts.length - 1].substring("since=".length()));
                parts = java.util.Arrays.copyOf(parts, parts.length - 1);
            }
            Kind kind = Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
            int expected = kind == Kind.SIGNAL ? 4 : 3;
            if (parts.length != expected) {
                throw new IllegalArgumentException("jdk-waits.table: expected " + expected + " columns: " + line);
            }
            rows.add(new Row(kind, parts[1], names(parts[2]), kind == Kind.SIGNAL ? names(parts[3]) : List.of(), since));
        }
        return List.copyOf(rows);
    }

    private static List<MethodName> names(String list) {
        return java.util.Arrays.stream(list.split(",")).map(MethodName::parse).toList();
    }

    /** Whether calling {@code method} with {@code arguments} arguments on a task's result of type {@code handle} waits for the task. */
    boolean waitsForTask(TypeMirror handle, String method, int arguments) {
        return find(Kind.TASK, handle, method, arguments).isPresent();
    }

    /** Whether {@code method} on the executor of type {@code executor} waits for the tasks it ran. */
    boolean waitsForPool(TypeMirror executor, String method, int arguments) {
        return find(Kind.POOL, executor, method, arguments).isPresent();
    }

    /** The calls that wait for the signal that {@code method} on a value of type {@code type} gives, if it gives one. */
    Set<MethodName> waitsForSignal(TypeMirror type, String method, int arguments) {
        Set<MethodName> out = new java.util.HashSet<>();
        for (Row row : BUILT_IN) {
            if (row.kind() == Kind.SIGNAL && row.names(method, arguments) && isA(type, row.owner())) {
                out.addAll(row.waits());
            }
        }
        return out;
    }

    /** Whether {@code method} is a scope call: every thread its function spawns is joined when it returns. */
    boolean isScope(ExecutableElement method) {
        if (!(method.getEnclosingElement() instanceof TypeElement owner)) {
            return false;
        }
        for (Row row : BUILT_IN) {
            if (row.kind() == Kind.SCOPE && owner.getQualifiedName().contentEquals(row.owner())
                    && row.names(method.getSimpleName().toString(), method.getParameters().size())) {
                return true;
            }
        }
        return false;
    }

    private Optional<Row> find(Kind kind, TypeMirror type, String method, int arguments) {
        for (Row row : BUILT_IN) {
            if (row.kind() == kind && row.names(method, arguments) && isA(type, row.owner())) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    private boolean isA(TypeMirror type, String owner) {
        if (type == null || type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        Optional<TypeElement> element = owners.computeIfAbsent(owner,
                n -> Optional.ofNullable(elements.getTypeElement(n)));
        return element.isPresent() && types.isSubtype(types.erasure(type), types.erasure(element.get().asType()))
                && type instanceof DeclaredType;
    }
}
