package dev.fearless.checker.verdict;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads a type's declared verdicts from its annotations, by qualified name so that the checker depends on
 * no jar: Fearless's markers first, then the ecosystem's thread-safety annotations.
 */
final class MarkerReader {
    static final String SEND = "dev.fearless.marker.Send";
    static final String SYNC = "dev.fearless.marker.Sync";
    static final String NOT_SEND = "dev.fearless.marker.NotSend";
    static final String NOT_SYNC = "dev.fearless.marker.NotSync";

    private static final Set<String> THREAD_SAFE = Set.of(
            "net.jcip.annotations.ThreadSafe",
            "javax.annotation.concurrent.ThreadSafe",
            "com.google.errorprone.annotations.ThreadSafe",
            "com.facebook.infer.annotation.ThreadSafe");
    private static final Set<String> IMMUTABLE = Set.of(
            "net.jcip.annotations.Immutable",
            "javax.annotation.concurrent.Immutable",
            "com.google.errorprone.annotations.Immutable",
            "com.facebook.infer.annotation.Immutable");
    private static final Set<String> NOT_THREAD_SAFE = Set.of(
            "net.jcip.annotations.NotThreadSafe",
            "javax.annotation.concurrent.NotThreadSafe");

    private final Elements elements;

    MarkerReader(Elements elements) {
        this.elements = elements;
    }

    /** The declarations on {@code type}, per property; a property without one is absent. */
    Map<Property, Declaration> read(TypeElement type) {
        Map<Property, Declaration> out = new EnumMap<>(Property.class);
        AnnotationMirror send = null;
        AnnotationMirror sync = null;
        AnnotationMirror notSend = null;
        AnnotationMirror notSync = null;
        for (AnnotationMirror am : type.getAnnotationMirrors()) {
            String name = qualifiedName(am);
            switch (name) {
                case SEND -> send = am;
                case SYNC -> sync = am;
                case NOT_SEND -> notSend = am;
                case NOT_SYNC -> notSync = am;
                default -> readEcosystem(name, am, out);
            }
        }
        // Fearless's own markers override the ecosystem's.
        if (send != null) {
            out.put(Property.SEND, new Declaration.Has(conditions(send)));
        } else if (sync != null && notSend == null) {
            // Sync implies Send for Java's purposes (docs/model.md): only thread-confined types are neither.
            out.put(Property.SEND, new Declaration.Has(conditions(sync)));
        }
        if (sync != null) {
            out.put(Property.SYNC, new Declaration.Has(conditions(sync)));
        }
        if (notSend != null) {
            Cause cause = cause(notSend, Cause.Category.DECLARED);
            out.put(Property.SEND, new Declaration.HasNot(cause));
            if (sync == null && notSync == null) {
                // A type that may not even move cannot be shared either.
                out.put(Property.SYNC, new Declaration.HasNot(cause));
            }
        }
        if (notSync != null) {
            out.put(Property.SYNC, new Declaration.HasNot(cause(notSync, Cause.Category.DECLARED)));
        }
        return out;
    }

    /** Whether {@code am} is one of Fearless's parameter markers, and which property it demands. */
    static Property parameterMarker(AnnotationMirror am) {
        return switch (qualifiedName(am)) {
            case SEND -> Property.SEND;
            case SYNC -> Property.SYNC;
            default -> null;
        };
    }

    private void readEcosystem(String name, AnnotationMirror am, Map<Property, Declaration> out) {
        if (THREAD_SAFE.contains(name) || IMMUTABLE.contains(name)) {
            List<String> containerOf = strings(am, "containerOf");
            out.putIfAbsent(Property.SEND, new Declaration.Has(new Conditions(containerOf, List.of())));
            out.putIfAbsent(Property.SYNC, new Declaration.Has(new Conditions(List.of(), containerOf)));
        } else if (NOT_THREAD_SAFE.contains(name)) {
            out.put(Property.SYNC, new Declaration.HasNot(new Cause(Cause.Category.DECLARED_NOT_THREAD_SAFE,
                    Cause.Reason.Standard.BY_CATEGORY, "", "")));
        }
    }

    private Conditions conditions(AnnotationMirror am) {
        return new Conditions(strings(am, "ifSend"), strings(am, "ifSync"));
    }

    private Cause cause(AnnotationMirror am, Cause.Category category) {
        return Cause.stated(category, string(am, "reason"), string(am, "alternative"), string(am, "help"));
    }

    private String string(AnnotationMirror am, String attribute) {
        Object v = value(am, attribute);
        return v instanceof String s ? s : "";
    }

    private List<String> strings(AnnotationMirror am, String attribute) {
        Object v = value(am, attribute);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof AnnotationValue av && av.getValue() instanceof String s) {
                    out.add(s);
                }
            }
        } else if (v instanceof String s) {
            out.add(s);
        }
        return out;
    }

    private Object value(AnnotationMirror am, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : elements.getElementValuesWithDefaults(am).entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(attribute)) {
                return e.getValue().getValue();
            }
        }
        return null;
    }

    static String qualifiedName(AnnotationMirror am) {
        return ((TypeElement) am.getAnnotationType().asElement()).getQualifiedName().toString();
    }
}
