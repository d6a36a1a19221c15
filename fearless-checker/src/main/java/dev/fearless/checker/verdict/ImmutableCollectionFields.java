package dev.fearless.checker.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
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

import dev.fearless.checker.knowledge.JdkMethods;
import dev.fearless.checker.tree.Declarations;

/**
 * Finds the fields of records and final classes that always hold an immutable collection although their
 * declared type ({@code List}, {@code Set}, {@code Map}, {@code Collection}) admits mutable ones: every
 * constructor stores a known-immutable value ({@code Map.copyOf(..)}, {@code List.of(..)},
 * {@code Stream.toList()}, {@code Collections.unmodifiableList(new ArrayList<>(..))}), including a compact
 * canonical constructor that reassigns its parameter ({@code values = Map.copyOf(values);}).
 *
 * <p>Implementation notes: the field is final, so the constructors are the only writers. A constructor that
 * delegates with {@code this(..)} stores nothing itself. A constructor that stores the field must do so
 * only from known-immutable initialisers, and at least once at the top level of its body (a store only
 * under an {@code if} proves nothing about the other path); an implicit canonical constructor of a record
 * stores its argument, which anyone may still hold, so the field is not proven immutable. Only source in
 * the current compilation is read; a compiled class keeps its field's declared verdict.
 */
public final class ImmutableCollectionFields {
    /** Factories whose result is an immutable collection ({@code List.of}), from {@link JdkMethods}. */
    public static final Set<String> IMMUTABLE_FACTORIES = JdkMethods.qualified(JdkMethods.Kind.IMMUTABLE);
    /** Collectors whose result is an immutable collection ({@code stream.collect(Collectors.toUnmodifiableList())}). */
    public static final Set<String> IMMUTABLE_COLLECTORS = JdkMethods.qualified(JdkMethods.Kind.COLLECTOR);
    /** Read-only views: immutable only over a fresh copy that nobody else holds. */
    private static final Set<String> UNMODIFIABLE_VIEWS = JdkMethods.qualified(JdkMethods.Kind.VIEW);
    private static final Set<String> COLLECTION_INTERFACES = Set.of(
            "java.util.List", "java.util.Set", "java.util.Map", "java.util.Collection");

    private final Trees trees;
    private final Declarations declarations;

    /** An analysis for one compilation. */
    public ImmutableCollectionFields(Trees trees, Declarations declarations) {
        this.trees = trees;
        this.declarations = declarations;
    }

    /**
     * Whether {@code field}, a final instance field of a record or final class declared as a collection
     * interface, holds only known-immutable collections (its elements still need their own verdict).
     */
    public boolean holdsImmutable(VariableElement field) {
        if (field.getKind() != ElementKind.FIELD || field.getModifiers().contains(Modifier.STATIC)
                || !field.getModifiers().contains(Modifier.FINAL)
                || !(field.asType() instanceof DeclaredType declared)
                || !COLLECTION_INTERFACES.contains(
                        ((TypeElement) declared.asElement()).getQualifiedName().toString())
                || !(field.getEnclosingElement() instanceof TypeElement owner)) {
            return false;
        }
        TreePath fieldPath = declarations.of(field);
        if (fieldPath == null) {
            return false;
        }
        if (fieldPath.getLeaf() instanceof VariableTree v && v.getInitializer() != null) {
            return immutable(new TreePath(fieldPath, v.getInitializer()));
        }
        TreePath classPath = declarations.of(owner);
        if (classPath == null || !(classPath.getLeaf() instanceof ClassTree)) {
            return false;
        }
        boolean sawConstructor = false;
        for (Element member : owner.getEnclosedElements()) {
            if (member.getKind() != ElementKind.CONSTRUCTOR) {
                continue;
            }
            TreePath ctor = declarations.of(member);
            if (ctor == null || !(ctor.getLeaf() instanceof MethodTree method) || method.getBody() == null) {
                return false; // an implicit canonical constructor stores its argument as given
            }
            sawConstructor = true;
            if (delegates(method.getBody())) {
                continue;
            }
            // In a record, a store into the parameter named like the field counts too: in a compact
            // constructor that parameter becomes the field (javac adds the field stores later, in Lower);
            // in any other constructor it is merely one more store that must be immutable.
            boolean record = owner.getKind() == ElementKind.RECORD;
            if (!storesOnlyImmutable(new TreePath(ctor, method.getBody()), field, record)) {
                return false;
            }
        }
        return sawConstructor;
    }

    private static boolean delegates(BlockTree body) {
        return !body.getStatements().isEmpty()
                && body.getStatements().get(0) instanceof ExpressionStatementTree s
                && s.getExpression() instanceof MethodInvocationTree call
                && call.getMethodSelect() instanceof IdentifierTree id && id.getName().contentEquals("this");
    }

    /**
     * Whether every store into the field (in a compact constructor: into the parameter of the same name,
     * which becomes the field) is known-immutable, and one is unconditional.
     */
    private boolean storesOnlyImmutable(TreePath body, VariableElement field, boolean parameterToo) {
        List<TreePath> stores = new ArrayList<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitAssignment(AssignmentTree node, Void unused) {
                Element target = trees.getElement(new TreePath(getCurrentPath(), node.getVariable()));
                boolean intoField = field.equals(target);
                boolean intoParameter = parameterToo && target != null && target.getKind() == ElementKind.PARAMETER
                        && target.getSimpleName().equals(field.getSimpleName());
                if (intoField || intoParameter) {
                    stores.add(getCurrentPath());
                }
                return super.visitAssignment(node, unused);
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                return null; // a lambda cannot assign the field or the parameter
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                return null;
            }
        }.scan(body, null);
        if (stores.isEmpty()) {
            return false;
        }
        for (TreePath store : stores) {
            if (!immutable(new TreePath(store, ((AssignmentTree) store.getLeaf()).getExpression()))) {
                return false;
            }
        }
        BlockTree block = (BlockTree) body.getLeaf();
        for (StatementTree statement : block.getStatements()) {
            if (statement instanceof ExpressionStatementTree s
                    && stores.stream().anyMatch(p -> p.getLeaf() == s.getExpression())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the expression at {@code path} always yields a known-immutable collection. */
    private boolean immutable(TreePath path) {
        Tree leaf = path.getLeaf();
        if (leaf instanceof ParenthesizedTree p) {
            return immutable(new TreePath(path, p.getExpression()));
        }
        if (leaf instanceof ConditionalExpressionTree c) {
            return immutable(new TreePath(path, c.getTrueExpression()))
                    && immutable(new TreePath(path, c.getFalseExpression()));
        }
        if (!(leaf instanceof MethodInvocationTree call)) {
            return false;
        }
        String name = qualifiedMethod(trees.getElement(path));
        if (IMMUTABLE_FACTORIES.contains(name)) {
            return true;
        }
        if ("java.util.stream.Stream.collect".equals(name) && call.getArguments().size() == 1) {
            return IMMUTABLE_COLLECTORS.contains(
                    qualifiedMethod(trees.getElement(new TreePath(path, call.getArguments().get(0)))));
        }
        if (UNMODIFIABLE_VIEWS.contains(name) && call.getArguments().size() == 1) {
            ExpressionTree arg = call.getArguments().get(0);
            while (arg instanceof ParenthesizedTree p) {
                arg = p.getExpression();
            }
            return arg instanceof NewClassTree n && n.getClassBody() == null; // a view of a fresh copy
        }
        return false;
    }

    private static String qualifiedMethod(Element e) {
        if (e instanceof ExecutableElement m && m.getEnclosingElement() instanceof TypeElement owner) {
            return owner.getQualifiedName() + "." + m.getSimpleName();
        }
        return "";
    }
}
