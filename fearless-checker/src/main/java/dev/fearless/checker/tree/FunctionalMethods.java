package dev.fearless.checker.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The single abstract method of a functional interface, as the Java Language Specification (9.8) defines
 * it: inherited methods count ({@code interface Task extends Supplier<Rc<String>>} has {@code get}),
 * abstract re-declarations of {@code Object}'s public methods do not ({@code Comparator.equals}), and
 * override-equivalent methods inherited from several interfaces are one.
 *
 * <p>One instance per compilation; answers are memoised per interface.
 */
public final class FunctionalMethods {
    private final Types types;
    private final Elements elements;
    private final Map<TypeElement, Optional<ExecutableElement>> memo = new HashMap<>();
    private List<ExecutableElement> objectMethods;

    /** Functional-method lookups for one compilation. */
    public FunctionalMethods(Types types, Elements elements) {
        this.types = types;
        this.elements = elements;
    }

    /** The functional method of {@code type}, if it is a functional interface. */
    public Optional<ExecutableElement> of(TypeElement type) {
        if (type.getKind() != ElementKind.INTERFACE) {
            return Optional.empty();
        }
        return memo.computeIfAbsent(type, this::find);
    }

    /** The functional method of the interface {@code type} names, if it is one. */
    public Optional<ExecutableElement> of(TypeMirror type) {
        return type instanceof DeclaredType d && d.asElement() instanceof TypeElement e ? of(e) : Optional.empty();
    }

    /** The functional method's signature as a member of {@code type} (type arguments substituted). */
    public Optional<ExecutableType> signature(TypeMirror type) {
        if (!(type instanceof DeclaredType d)) {
            return Optional.empty();
        }
        return of(type).map(m -> types.asMemberOf(d, m)).filter(ExecutableType.class::isInstance)
                .map(ExecutableType.class::cast);
    }

    /** Whether {@code type} is a functional interface. */
    public boolean isFunctional(TypeElement type) {
        return of(type).isPresent();
    }

    private Optional<ExecutableElement> find(TypeElement type) {
        List<ExecutableElement> abstracts = new ArrayList<>();
        for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (!m.getModifiers().contains(Modifier.ABSTRACT) || isObjectMethod(m)) {
                continue;
            }
            boolean same = false;
            for (ExecutableElement other : abstracts) {
                same |= other.getSimpleName().equals(m.getSimpleName()) && types.isSubsignature(
                        (ExecutableType) types.asMemberOf((DeclaredType) type.asType(), m),
                        (ExecutableType) types.asMemberOf((DeclaredType) type.asType(), other));
            }
            if (!same) {
                abstracts.add(m);
            }
        }
        return abstracts.size() == 1 ? Optional.of(abstracts.get(0)) : Optional.empty();
    }

    /** Whether {@code m} has the signature of one of {@code Object}'s public methods. */
    private boolean isObjectMethod(ExecutableElement m) {
        if (objectMethods == null) {
            TypeElement object = elements.getTypeElement("java.lang.Object");
            objectMethods = object == null ? List.of() : ElementFilter.methodsIn(object.getEnclosedElements())
                    .stream().filter(o -> o.getModifiers().contains(Modifier.PUBLIC)).toList();
        }
        for (ExecutableElement o : objectMethods) {
            if (o.getSimpleName().equals(m.getSimpleName())
                    && o.getParameters().size() == m.getParameters().size()
                    && types.isSubsignature((ExecutableType) m.asType(), (ExecutableType) o.asType())) {
                return true;
            }
        }
        return false;
    }
}
