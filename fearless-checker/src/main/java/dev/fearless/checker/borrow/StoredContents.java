package dev.fearless.checker.borrow;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
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

import dev.fearless.checker.capture.Capture;
import dev.fearless.checker.knowledge.JdkMethods;
import dev.fearless.checker.tree.Declarations;
import dev.fearless.checker.tree.TreeShapes;
import dev.fearless.checker.verdict.Failure;
import dev.fearless.checker.verdict.Property;
import dev.fearless.checker.verdict.Step;
import dev.fearless.checker.verdict.VerdictEngine;

/**
 * What a thread-safe container holds, judged by what the program stores in it: an
 * {@code AtomicReference<Map<K, V>>} that only ever receives {@code Map.copyOf(..)} snapshots holds immutable
 * maps, so sharing it is safe although {@code Map} itself is not Sync. A thread-safe container does not make
 * what it holds thread-safe; holding only immutable or thread-safe values does.
 *
 * <p>Followed: a private field (final, or never assigned after its declaration) or an effectively final local
 * whose initializer makes the container ({@code new AtomicReference<>(..)}, {@code new ConcurrentHashMap<>()},
 * ...), every use of which is a call of the container's own methods: its reads, and its stores, each storing a
 * known value: an immutable collection of Sync elements ({@code Map.copyOf}, {@code List.of}, ...), a new
 * object of a Sync type, {@code null}, or, for {@code updateAndGet} and its kin, a lambda that returns only such
 * values; at least one store must be seen. Any other use (the container handed to a method, a store of a value made elsewhere, a bulk
 * {@code putAll}) proves nothing, and the type's verdict stands.
 */
public final class StoredContents {
    /** Per container type: the store methods and which argument each stores (-1: what its function returns). */
    private static final Map<String, Map<String, Integer>> STORES = Map.of(
            "java.util.concurrent.atomic.AtomicReference", Map.ofEntries(
                    Map.entry("<init>", 0), Map.entry("set", 0), Map.entry("lazySet", 0), Map.entry("setPlain", 0),
                    Map.entry("setOpaque", 0), Map.entry("setRelease", 0), Map.entry("getAndSet", 0),
                    Map.entry("compareAndSet", 1), Map.entry("weakCompareAndSet", 1),
                    Map.entry("weakCompareAndSetPlain", 1), Map.entry("weakCompareAndSetVolatile", 1),
                    Map.entry("weakCompareAndSetAcquire", 1), Map.entry("weakCompareAndSetRelease", 1),
                    Map.entry("compareAndExchange", 1), Map.entry("compareAndExchangeAcquire", 1),
                    Map.entry("compareAndExchangeRelease", 1), Map.entry("updateAndGet", -1),
                    Map.entry("getAndUpdate", -1)),
            "java.util.concurrent.ConcurrentHashMap", Map.of(
                    "put", 1, "putIfAbsent", 1, "replace", 2, "computeIfAbsent", -1, "computeIfPresent", -1,
                    "compute", -1),
            "java.util.concurrent.ConcurrentSkipListMap", Map.of(
                    "put", 1, "putIfAbsent", 1, "replace", 2, "computeIfAbsent", -1, "computeIfPresent", -1,
                    "compute", -1),
            "java.util.concurrent.CopyOnWriteArrayList", Map.of("add", 0),
            "java.util.concurrent.ConcurrentLinkedQueue", Map.of("add", 0, "offer", 0),
            "java.util.concurrent.ConcurrentLinkedDeque", Map.of("add", 0, "offer", 0, "addFirst", 0, "addLast", 0,
                    "push", 0),
            "java.util.concurrent.LinkedBlockingQueue", Map.of("add", 0, "offer", 0, "put", 0));
    /** Methods of those containers that only read, or remove. */
    private static final Set<String> READS = Set.of("get", "getPlain", "getOpaque", "getAcquire", "toString",
            "getOrDefault", "containsKey", "containsValue", "isEmpty", "size", "remove", "poll", "take", "peek",
            "clear", "values", "keySet", "entrySet", "forEach", "iterator", "stream", "contains", "pollFirst",
            "pollLast", "peekFirst", "peekLast", "removeFirst", "removeLast", "pop", "element", "drainTo");
    private static final Set<String> IMMUTABLE = JdkMethods.qualified(JdkMethods.Kind.IMMUTABLE);

    private final Trees trees;
    private final VerdictEngine engine;
    private final Declarations declarations;

    /** The contents check of one compilation. */
    public StoredContents(Trees trees, VerdictEngine engine, Declarations declarations) {
        this.trees = trees;
        this.engine = engine;
        this.declarations = declarations;
    }

    /**
     * Whether {@code failure}, found for {@code capture}'s type, is only about what its container holds (a type
     * argument of the captured type itself), and every value the program stores there is known to be safe to
     * share.
     */
    public boolean holdsOnlySafeValues(Capture capture, Failure failure) {
        VariableElement v = capture.variable();
        if (v == null || failure.steps().size() != 1 || failure.steps().get(0).kind() != Step.Kind.CONDITION
                || !(capture.type() instanceof DeclaredType container)
                || !(container.asElement() instanceof TypeElement type)) {
            return false;
        }
        Map<String, Integer> stores = STORES.get(type.getQualifiedName().toString());
        if (stores == null || !container.getTypeArguments().contains(failure.culprit())) {
            return false;
        }
        TreePath declaration;
        List<TreePath> names;
        if (v.getKind() == ElementKind.FIELD) {
            if (!v.getModifiers().contains(Modifier.PRIVATE)) {
                return false;
            }
            declaration = declarations.of(v);
            names = declarations.namesOf(v);
            List<TreePath> assigned = declarations.assignedValues(v);
            if (assigned == null || !assigned.isEmpty()) {
                return false;
            }
        } else if (v.getKind() == ElementKind.LOCAL_VARIABLE) {
            TreePath root = TreeShapes.bodyRoot(capture.boundary().call());
            if (root == null) {
                return false;
            }
            UseSites sites = UseSites.of(root, trees);
            declaration = sites.declarationOf(v);
            names = sites.usesOf(v);
        } else {
            return false;
        }
        if (declaration == null || names == null || !(declaration.getLeaf() instanceof VariableTree declared)
                || declared.getInitializer() == null) {
            return false;
        }
        TreePath init = TreeShapes.strip(new TreePath(declaration, declared.getInitializer()));
        if (!(init.getLeaf() instanceof NewClassTree creation) || creation.getClassBody() != null) {
            return false;
        }
        Integer atInit = stores.get("<init>");
        for (int i = 0; i < creation.getArguments().size(); i++) {
            if (atInit == null || atInit != i
                    || !safeValue(TreeShapes.strip(new TreePath(init, creation.getArguments().get(i))))) {
                return false; // new ConcurrentHashMap<>(other): contents made elsewhere
            }
        }
        int stored = creation.getArguments().size();
        for (TreePath name : names) {
            Boolean store = safeUse(name, stores);
            if (store == null) {
                return false;
            }
            stored += store ? 1 : 0;
        }
        return stored > 0; // a container nothing is ever put into proves nothing about what it is for
    }

    /**
     * A use of the container that calls one of its reads ({@code false}), or one of its stores with a known value
     * ({@code true}); {@code null} for any other use.
     */
    private Boolean safeUse(TreePath name, Map<String, Integer> stores) {
        TreePath parent = name.getParentPath();
        if (!(parent.getLeaf() instanceof MemberSelectTree select) || select.getExpression() != name.getLeaf()
                || !(parent.getParentPath().getLeaf() instanceof MethodInvocationTree call)
                || call.getMethodSelect() != select) {
            return null;
        }
        String method = select.getIdentifier().toString();
        if (READS.contains(method) && !stores.containsKey(method)) {
            return false;
        }
        Integer index = stores.get(method);
        if (index == null) {
            return null;
        }
        TreePath callPath = parent.getParentPath();
        boolean safe;
        if (index >= 0) {
            safe = index < call.getArguments().size()
                    && safeValue(TreeShapes.strip(new TreePath(callPath, call.getArguments().get(index))));
        } else {
            ExpressionTree last = call.getArguments().isEmpty() ? null
                    : call.getArguments().get(call.getArguments().size() - 1);
            safe = last != null && returnsSafeValues(TreeShapes.strip(new TreePath(callPath, last)));
        }
        return safe ? Boolean.TRUE : null;
    }

    /** Whether a function argument ({@code old -> Map.copyOf(..)}) returns only known-safe values. */
    private boolean returnsSafeValues(TreePath function) {
        if (!(function.getLeaf() instanceof LambdaExpressionTree lambda)) {
            return false;
        }
        if (lambda.getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION) {
            return safeValue(TreeShapes.strip(new TreePath(function, lambda.getBody())));
        }
        boolean[] ok = {true};
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitReturn(ReturnTree node, Void unused) {
                ok[0] &= node.getExpression() != null
                        && safeValue(TreeShapes.strip(new TreePath(getCurrentPath(), node.getExpression())));
                return null;
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                return null;
            }

            @Override
            public Void visitClass(com.sun.source.tree.ClassTree node, Void unused) {
                return null;
            }
        }.scan(new TreePath(function, lambda.getBody()), null);
        return ok[0];
    }

    /** {@code null}, an immutable collection of Sync elements, or a new object of a Sync type. */
    private boolean safeValue(TreePath value) {
        Tree leaf = value.getLeaf();
        if (leaf instanceof LiteralTree literal) {
            return literal.getValue() == null || literal.getKind() == Tree.Kind.STRING_LITERAL;
        }
        TypeMirror type = trees.getTypeMirror(value);
        if (type == null || type.getKind() == TypeKind.ERROR) {
            return false;
        }
        if (leaf instanceof MethodInvocationTree && IMMUTABLE.contains(qualified(trees.getElement(value)))) {
            if (!(type instanceof DeclaredType dt)) {
                return false;
            }
            for (TypeMirror arg : dt.getTypeArguments()) {
                if (!engine.judge(arg, Property.SYNC).holds()) {
                    return false;
                }
            }
            return true;
        }
        return leaf instanceof NewClassTree n && n.getClassBody() == null
                && engine.judge(type, Property.SYNC).holds() && engine.judge(type, Property.SEND).holds();
    }

    private static String qualified(Element e) {
        if (e instanceof ExecutableElement m && m.getEnclosingElement() instanceof TypeElement owner) {
            return owner.getQualifiedName() + "." + m.getSimpleName();
        }
        return "";
    }
}
