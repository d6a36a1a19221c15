package dev.fearless.checker.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * Names types in a diagnostic as users write them: simple names ({@code Rc<Mutex<Integer>>}); a nested type of
 * another file with its outer type ({@code Arc.Weak<T>}, {@code Map.Entry}), one of the reported file by its
 * own name ({@code Config}); fully qualified names only where two different types in the same diagnostic
 * would print alike.
 */
final class TypeNamer {
    private final Set<String> clashing;
    private final Set<String> localTopLevels;

    private TypeNamer(Set<String> clashing, Set<String> localTopLevels) {
        this.clashing = clashing;
        this.localTopLevels = localTopLevels;
    }

    /**
     * A namer for one diagnostic that mentions {@code types}, reported in a file that declares the top-level
     * types {@code localTopLevels} (qualified names).
     */
    static TypeNamer forTypes(Iterable<? extends TypeMirror> types, Set<String> localTopLevels) {
        TypeNamer plain = new TypeNamer(Set.of(), localTopLevels);
        Map<String, Set<String>> bySimple = new HashMap<>();
        for (TypeMirror t : types) {
            plain.collect(t, bySimple, new HashSet<>());
        }
        return new TypeNamer(bySimple.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet()), localTopLevels);
    }

    String name(TypeMirror type) {
        switch (type.getKind()) {
            case DECLARED: {
                DeclaredType dt = (DeclaredType) type;
                TypeElement e = (TypeElement) dt.asElement();
                String base = clashing.contains(simple(e)) ? e.getQualifiedName().toString() : simple(e);
                if (dt.getTypeArguments().isEmpty()) {
                    return base;
                }
                return base + dt.getTypeArguments().stream().map(this::name)
                        .collect(Collectors.joining(", ", "<", ">"));
            }
            case ARRAY:
                return name(((ArrayType) type).getComponentType()) + "[]";
            case WILDCARD: {
                WildcardType w = (WildcardType) type;
                if (w.getExtendsBound() != null) {
                    return "? extends " + name(w.getExtendsBound());
                }
                if (w.getSuperBound() != null) {
                    return "? super " + name(w.getSuperBound());
                }
                return "?";
            }
            case TYPEVAR: {
                TypeVariable v = (TypeVariable) type;
                String n = v.asElement().getSimpleName().toString();
                // javac's captured wildcards print as "capture#1 of ?": users wrote `?`.
                return n.startsWith("<") || n.contains("captured") ? "?" : n;
            }
            default:
                return type.toString();
        }
    }

    private void collect(TypeMirror t, Map<String, Set<String>> bySimple, Set<TypeMirror> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        switch (t.getKind()) {
            case DECLARED -> {
                DeclaredType dt = (DeclaredType) t;
                TypeElement e = (TypeElement) dt.asElement();
                bySimple.computeIfAbsent(simple(e), k -> new HashSet<>()).add(e.getQualifiedName().toString());
                dt.getTypeArguments().forEach(a -> collect(a, bySimple, seen));
            }
            case ARRAY -> collect(((ArrayType) t).getComponentType(), bySimple, seen);
            case WILDCARD -> {
                collect(((WildcardType) t).getExtendsBound(), bySimple, seen);
                collect(((WildcardType) t).getSuperBound(), bySimple, seen);
            }
            default -> {
            }
        }
    }

    private String simple(TypeElement e) {
        TypeElement top = e;
        while (top.getEnclosingElement() instanceof TypeElement outer) {
            top = outer;
        }
        if (top != e && localTopLevels.contains(top.getQualifiedName().toString())) {
            return e.getSimpleName().toString();
        }
        return withOuter(e);
    }

    private static String withOuter(TypeElement e) {
        Element enclosing = e.getEnclosingElement();
        if (enclosing instanceof TypeElement outer) {
            return withOuter(outer) + "." + e.getSimpleName();
        }
        return e.getSimpleName().toString();
    }
}
