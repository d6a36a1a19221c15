package dev.fearless.checker.borrow;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

import dev.fearless.checker.tree.Declarations;
import dev.fearless.checker.tree.TreeShapes;
import dev.fearless.checker.verdict.ImmutableCollectionFields;
import dev.fearless.checker.verdict.Property;
import dev.fearless.checker.verdict.Verdict;
import dev.fearless.checker.verdict.VerdictEngine;

/**
 * What a variable's initializer says about its value when the declared type says less: an effectively final
 * local or a final field declared as {@code Map} but initialised with {@code new ConcurrentHashMap<>()} holds
 * a thread-safe map; one initialised by {@code List.of(..)}, {@code copyOf}, {@code Stream.toList()} or
 * {@code Collectors.toUnmodifiable*()} holds an immutable collection, Sync when its elements are.
 */
final class Initializers {
    private static final Set<String> IMMUTABLE_FACTORIES = ImmutableCollectionFields.IMMUTABLE_FACTORIES;
    private static final Set<String> SYNCHRONIZED_FACTORIES =
            dev.fearless.checker.knowledge.JdkMethods.qualified(dev.fearless.checker.knowledge.JdkMethods.Kind.SYNCHRONIZED);
    private static final Set<String> IMMUTABLE_COLLECTORS = ImmutableCollectionFields.IMMUTABLE_COLLECTORS;

    private final Trees trees;
    private final VerdictEngine engine;
    private final Declarations declarations;

    Initializers(Trees trees, VerdictEngine engine, Declarations declarations) {
        this.trees = trees;
        this.engine = engine;
        this.declarations = declarations;
    }

    /**
     * Whether {@code variable}'s initializer rules out a race that its declared type would suggest: the
     * value is an immutable collection of Sync elements, or the initializer's own type is not proven
     * un-Sync ({@code Queue<Runnable> q = new ConcurrentLinkedQueue<>()}: unknown elements are no error by
     * default). {@code sites} indexes the body that declares it (for a local; unused for a field).
     */
    boolean sharesSafely(VariableElement variable, UseSites sites) {
        TreePath init = initializer(variable, sites);
        if (init == null) {
            return variable.getKind() == ElementKind.FIELD && variable.getModifiers().contains(Modifier.FINAL)
                    && constructorValuesShareSafely(variable);
        }
        if (variable.getKind() == ElementKind.FIELD && !variable.getModifiers().contains(Modifier.FINAL)) {
            // Not final, but every value the compilation stores there is known: judge by those values
            // (protected Map<K, V> map = new ConcurrentHashMap<>(), never assigned again).
            List<TreePath> assigned = declarations.assignedValues(variable);
            if (assigned == null) {
                return false;
            }
            for (TreePath value : assigned) {
                if (!valueSharesSafely(variable, value)) {
                    return false;
                }
            }
        }
        return valueSharesSafely(variable, init);
    }

    /**
     * The type of the value {@code variable} holds, when its initializer says more than its declared type and
     * the value is never replaced: {@code Random r = ThreadLocalRandom.current()} holds a thread-confined
     * {@code ThreadLocalRandom}. Empty when the declaration says all there is.
     */
    java.util.Optional<TypeMirror> valueType(VariableElement variable, UseSites sites) {
        TreePath init = initializer(variable, sites);
        if (init == null || variable.getKind() == ElementKind.FIELD && !variable.getModifiers().contains(Modifier.FINAL)
                && !Objects.equals(declarations.assignedValues(variable), List.of())) {
            return java.util.Optional.empty();
        }
        TypeMirror type = trees.getTypeMirror(init);
        return type != null && type.getKind() == TypeKind.DECLARED
                && !((DeclaredType) type).asElement().equals(
                        variable.asType().getKind() == TypeKind.DECLARED ? ((DeclaredType) variable.asType()).asElement() : null)
                ? java.util.Optional.of(type) : java.util.Optional.empty();
    }

    /**
     * For a final field with no initializer: whether every value its constructors store is known to share
     * safely, following a store of a constructor parameter ({@code this.threads = threads}) to every call of
     * that constructor in the source of its top-level class ({@code this(ConcurrentHashMap.newKeySet())},
     * {@code new Registry(ConcurrentHashMap.newKeySet())} in a factory). A parameter with no call in sight
     * proves nothing.
     */
    private boolean constructorValuesShareSafely(VariableElement field) {
        List<TreePath> assigned = declarations.assignedValues(field);
        if (assigned == null || assigned.isEmpty()) {
            return false;
        }
        for (TreePath value : assigned) {
            if (!knownToShareSafely(field, value, 0)) {
                return false;
            }
        }
        return true;
    }

    private static final int CONSTRUCTOR_CHAIN = 4;

    private boolean knownToShareSafely(VariableElement field, TreePath value, int depth) {
        if (value.getLeaf() instanceof com.sun.source.tree.IdentifierTree
                && trees.getElement(value) instanceof VariableElement p && p.getKind() == ElementKind.PARAMETER
                && p.getEnclosingElement() instanceof ExecutableElement constructor
                && constructor.getKind() == ElementKind.CONSTRUCTOR) {
            int index = constructor.getParameters().indexOf(p);
            List<TreePath> calls = declarations.constructorCalls(constructor);
            if (depth >= CONSTRUCTOR_CHAIN || index < 0 || constructor.isVarArgs() || calls == null || calls.isEmpty()) {
                return false;
            }
            for (TreePath call : calls) {
                List<? extends com.sun.source.tree.ExpressionTree> args = call.getLeaf() instanceof MethodInvocationTree m
                        ? m.getArguments() : ((com.sun.source.tree.NewClassTree) call.getLeaf()).getArguments();
                if (index >= args.size()
                        || !knownToShareSafely(field, TreeShapes.strip(new TreePath(call, args.get(index))), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        return valueSharesSafely(field, value);
    }

    private boolean valueSharesSafely(VariableElement variable, TreePath init) {
        if (isImmutableFactory(init)) {
            return argumentsSync(variable.asType());
        }
        if (SYNCHRONIZED_FACTORIES.contains(qualifiedMethod(trees.getElement(init)))) {
            return true; // every method locks the collection
        }
        TypeMirror type = trees.getTypeMirror(init);
        if (type == null || type.getKind() != TypeKind.DECLARED
                || engine.judge(variable.asType(), Property.SYNC).holds()) {
            return false;
        }
        // The value is of a more precise type than declared (Set s = ConcurrentHashMap.newKeySet()): judge
        // that; if it is unknown, so is the value, which is no error by default.
        TypeElement declared = variable.asType().getKind() == TypeKind.DECLARED
                ? (TypeElement) ((DeclaredType) variable.asType()).asElement() : null;
        TypeElement actual = (TypeElement) ((DeclaredType) type).asElement();
        return !actual.equals(declared) && !(engine.judge(type, Property.SYNC) instanceof Verdict.Fails);
    }

    private boolean isImmutableFactory(TreePath init) {
        Tree leaf = init.getLeaf();
        if (!(leaf instanceof MethodInvocationTree call)) {
            return false;
        }
        String name = qualifiedMethod(trees.getElement(init));
        if (IMMUTABLE_FACTORIES.contains(name)) {
            return true;
        }
        if ("java.util.stream.Stream.collect".equals(name) && call.getArguments().size() == 1) {
            TreePath arg = new TreePath(init, call.getArguments().get(0));
            return IMMUTABLE_COLLECTORS.contains(qualifiedMethod(trees.getElement(arg)));
        }
        return false;
    }

    private boolean argumentsSync(TypeMirror declared) {
        if (declared.getKind() != TypeKind.DECLARED) {
            return false;
        }
        for (TypeMirror arg : ((DeclaredType) declared).getTypeArguments()) {
            if (!engine.judge(arg, Property.SYNC).holds()) {
                return false;
            }
        }
        return true;
    }

    private TreePath initializer(VariableElement variable, UseSites sites) {
        TreePath declaration = variable.getKind() == ElementKind.FIELD ? declarations.of(variable)
                : sites == null ? null : sites.declarationOf(variable);
        if (declaration == null || !(declaration.getLeaf() instanceof VariableTree v) || v.getInitializer() == null) {
            return null;
        }
        return TreeShapes.strip(new TreePath(declaration, v.getInitializer()));
    }

    private static String qualifiedMethod(Element e) {
        if (e instanceof ExecutableElement m && m.getEnclosingElement() instanceof TypeElement owner) {
            return owner.getQualifiedName() + "." + m.getSimpleName();
        }
        return "";
    }
}
