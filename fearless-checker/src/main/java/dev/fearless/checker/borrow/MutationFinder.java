package dev.fearless.checker.borrow;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

import dev.fearless.checker.summary.MethodSummaries;
import dev.fearless.checker.tree.TreeShapes;
import dev.fearless.checker.verdict.VerdictEngine;

/**
 * Decides whether one use of a variable changes the value it refers to: a call of a mutating method from
 * the type table, an array element store or a field assignment, on the value itself or through a path
 * of fields and record accessors rooted at it ({@code session.items().add(x)}). Anything else (passing it
 * to a method, calling a user method) is not counted: the checker does not guess.
 */
final class MutationFinder {
    static final Set<Tree.Kind> INCREMENTS = dev.fearless.checker.tree.AssignmentScanner.INCREMENTS;

    /**
     * Methods of collections and maps that return a view backed by the receiver: a change through the view is
     * a change of the receiver ({@code map.values().removeIf(..)}, {@code list.iterator().remove()}).
     */
    static final Set<String> VIEWS = Set.of("keySet", "values", "entrySet", "subList", "iterator", "listIterator",
            "headMap", "tailMap", "subMap", "headSet", "tailSet", "subSet", "descendingMap", "descendingSet",
            "navigableKeySet", "descendingKeySet", "reversed", "sequencedKeySet", "sequencedValues",
            "sequencedEntrySet");

    private final Trees trees;
    private final VerdictEngine engine;
    private final MethodSummaries summaries;
    /** Per method and parameter position: whether the method changes what it is handed there. */
    private final Map<ExecutableElement, java.util.BitSet> changesParameter = new HashMap<>();
    /** Per method: whether it changes the fields of its own object. */
    private final Map<ExecutableElement, Boolean> changesOwnObject = new HashMap<>();

    MutationFinder(Trees trees, VerdictEngine engine, MethodSummaries summaries) {
        this.trees = trees;
        this.engine = engine;
        this.summaries = summaries;
    }

    /**
     * The mutating expression that {@code use} (an identifier) is the root of, if it is one: a change written
     * here, or a call of a method whose source is in the compilation and that changes what it is handed
     * ({@code collect(out)} where {@code collect} adds to its parameter) or its own object
     * ({@code cart.addItem(x)} where {@code addItem} adds to a field of the cart).
     */
    Optional<TreePath> mutation(TreePath use) {
        Optional<TreePath> direct = directMutation(use);
        if (direct.isPresent()) {
            return direct;
        }
        TreePath parentPath = use.getParentPath();
        while (parentPath != null && parentPath.getLeaf() instanceof ParenthesizedTree) {
            parentPath = parentPath.getParentPath();
        }
        if (parentPath != null && parentPath.getLeaf() instanceof MethodInvocationTree call
                && trees.getElement(parentPath) instanceof ExecutableElement method) {
            int index = indexOf(call.getArguments(), TreeShapes.strip(use).getLeaf());
            if (index >= 0 && changesParameter(method, Math.min(index, method.getParameters().size() - 1))) {
                return Optional.of(parentPath);
            }
        }
        if (parentPath != null && parentPath.getLeaf() instanceof com.sun.source.tree.NewClassTree creation
                && creation.getClassBody() == null
                && trees.getElement(parentPath) instanceof ExecutableElement constructor) {
            int index = indexOf(creation.getArguments(), TreeShapes.strip(use).getLeaf());
            if (index >= 0 && changesParameter(constructor, Math.min(index, constructor.getParameters().size() - 1))) {
                return Optional.of(parentPath); // new Job(batch) where Job stores batch and its run() adds to it
            }
        }
        if (parentPath != null && parentPath.getLeaf() instanceof MemberSelectTree select
                && parentPath.getParentPath() != null
                && parentPath.getParentPath().getLeaf() instanceof MethodInvocationTree call
                && call.getMethodSelect() == select
                && trees.getElement(parentPath.getParentPath()) instanceof ExecutableElement method
                && !method.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)
                && changesOwnObject(method)) {
            return Optional.of(parentPath.getParentPath());
        }
        if (parentPath != null && parentPath.getLeaf() instanceof MemberReferenceTree ref
                && TreeShapes.strip(ref.getQualifierExpression()) == TreeShapes.strip(use).getLeaf()
                && trees.getElement(parentPath) instanceof ExecutableElement method
                && method.getKind() == javax.lang.model.element.ElementKind.METHOD
                && !method.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)
                && changesOwnObject(method)) {
            return Optional.of(parentPath); // box::bump, where bump changes a field of the box, as box.bump() does
        }
        return Optional.empty();
    }

    private static int indexOf(java.util.List<? extends ExpressionTree> args, Tree leaf) {
        for (int i = 0; i < args.size(); i++) {
            if (TreeShapes.strip(args.get(i)) == leaf) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code method} changes the value handed to it at parameter {@code index} (directly, or by handing it on). */
    boolean changesParameter(ExecutableElement method, int index) {
        if (index < 0) {
            return false;
        }
        java.util.BitSet known = changesParameter.get(method);
        if (known == null) {
            known = new java.util.BitSet();
            changesParameter.put(method, known); // recursion through the same method adds nothing
            for (MethodSummaries.ParameterUse u : summaries.of(method).parameterUses()) {
                if (!known.get(u.index()) && !LockRegions.guarded(u.use())
                        && (directMutation(u.use()).isPresent() || storedInChangedField(method, u.use()))) {
                    known.set(u.index());
                }
            }
        }
        return known.get(index);
    }

    /**
     * Whether {@code use}, a parameter of a constructor, is stored into a field of the new object
     * ({@code this.batch = batch}) that a method of its class changes: the object changes what it was handed.
     */
    private boolean storedInChangedField(ExecutableElement constructor, TreePath use) {
        if (constructor.getKind() != javax.lang.model.element.ElementKind.CONSTRUCTOR
                || !(use.getParentPath().getLeaf() instanceof com.sun.source.tree.AssignmentTree a)
                || a.getExpression() != use.getLeaf()
                || !(trees.getElement(new TreePath(use.getParentPath(), a.getVariable())) instanceof
                        javax.lang.model.element.VariableElement field)
                || field.getKind() != javax.lang.model.element.ElementKind.FIELD
                || !(constructor.getEnclosingElement() instanceof javax.lang.model.element.TypeElement type)) {
            return false;
        }
        for (ExecutableElement m : javax.lang.model.util.ElementFilter.methodsIn(type.getEnclosedElements())) {
            for (MethodSummaries.Touch t : summaries.of(m).touches()) {
                if (t.field().equals(field) && !LockRegions.guarded(t.use()) && directMutation(t.use()).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code method} stores into or changes a field of its own object (not a static one). */
    boolean changesOwnObject(ExecutableElement method) {
        Boolean known = changesOwnObject.get(method);
        if (known == null) {
            changesOwnObject.put(method, false);
            known = false;
            for (MethodSummaries.Touch t : summaries.of(method).touches()) {
                boolean own = !t.field().getModifiers().contains(javax.lang.model.element.Modifier.STATIC);
                // a plain store into a volatile field publishes the value: setKeepalive(f) { keepalive = f; }
                boolean publishes = t.field().getModifiers().contains(javax.lang.model.element.Modifier.VOLATILE)
                        && storedInto(t.use()).map(st -> st.getLeaf() instanceof com.sun.source.tree.AssignmentTree)
                                .orElse(false);
                if (own && !publishes && !LockRegions.guarded(t.use()) && t.calls().stream().noneMatch(LockRegions::guarded)
                        && (storedInto(t.use()).isPresent() || directMutation(t.use()).isPresent())) {
                    known = true;
                    break;
                }
            }
            changesOwnObject.put(method, known);
        }
        return known;
    }

    /** A change written at {@code use}: a table mutator, a store, along a path of fields and accessors. */
    private Optional<TreePath> directMutation(TreePath use) {
        TreePath current = use;
        while (true) {
            TreePath parentPath = current.getParentPath();
            if (parentPath == null) {
                return Optional.empty();
            }
            Tree parent = parentPath.getLeaf();
            if (parent instanceof ParenthesizedTree) {
                current = parentPath;
                continue;
            }
            if (parent instanceof ArrayAccessTree access && access.getExpression() == current.getLeaf()) {
                return storedInto(parentPath);
            }
            if (parent instanceof MemberReferenceTree ref && ref.getQualifierExpression() == current.getLeaf()) {
                TypeMirror receiver = trees.getTypeMirror(current);
                return receiver != null && engine.mutators(receiver).contains(ref.getName().toString())
                        ? Optional.of(parentPath) : Optional.empty(); // results::add
            }
            if (!(parent instanceof MemberSelectTree select) || select.getExpression() != current.getLeaf()) {
                return Optional.empty();
            }
            TreePath grandPath = parentPath.getParentPath();
            Tree grand = grandPath == null ? null : grandPath.getLeaf();
            if (grand instanceof MethodInvocationTree call && call.getMethodSelect() == select) {
                TypeMirror receiver = trees.getTypeMirror(current);
                String name = select.getIdentifier().toString();
                if (receiver != null && engine.mutators(receiver).contains(name)) {
                    return Optional.of(grandPath);
                }
                if (call.getArguments().isEmpty() && isRecordAccessor(trees.getElement(grandPath))) {
                    current = grandPath; // follow the field path: session.items().add(x)
                    continue;
                }
                if (VIEWS.contains(name) && isCollectionOrMap(receiver)) {
                    current = grandPath; // a view changes what it views: map.values().removeIf(..), it.remove()
                    continue;
                }
                return Optional.empty();
            }
            Element field = trees.getElement(parentPath);
            if (field == null || field.getKind() != ElementKind.FIELD) {
                return Optional.empty();
            }
            Optional<TreePath> store = storedInto(parentPath);
            if (store.isPresent()) {
                return store;
            }
            current = parentPath; // follow the field path: holder.items.add(x)
        }
    }

    /**
     * With {@code strict}: a use that may change the value without the checker knowing: the value is passed
     * to a method or constructor, or a method without a table row is called on it.
     */
    Optional<TreePath> possibleChange(TreePath use) {
        TreePath parentPath = use.getParentPath();
        Tree parent = parentPath == null ? null : parentPath.getLeaf();
        if (parent instanceof MethodInvocationTree call && call.getArguments().contains(use.getLeaf())
                || parent instanceof com.sun.source.tree.NewClassTree n && n.getArguments().contains(use.getLeaf())) {
            return Optional.of(parentPath);
        }
        if (parent instanceof MemberSelectTree select && parentPath.getParentPath() != null
                && parentPath.getParentPath().getLeaf() instanceof MethodInvocationTree call
                && call.getMethodSelect() == select) {
            TypeMirror receiver = trees.getTypeMirror(use);
            if (receiver != null && receiver.getKind() == javax.lang.model.type.TypeKind.DECLARED
                    && engine.tableRow((TypeElement) ((javax.lang.model.type.DeclaredType) receiver).asElement())
                    .isEmpty()) {
                return Optional.of(parentPath.getParentPath());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code change} (from {@link #mutation} or {@link #possibleChange}) is a change the checker knows. */
    boolean isKnownChange(TreePath change) {
        Tree leaf = change.getLeaf();
        if (leaf instanceof AssignmentTree || leaf instanceof CompoundAssignmentTree || leaf instanceof UnaryTree
                || leaf instanceof MemberReferenceTree) {
            return true;
        }
        if (leaf instanceof com.sun.source.tree.NewClassTree creation
                && trees.getElement(change) instanceof ExecutableElement constructor) {
            for (int i = 0; i < creation.getArguments().size(); i++) {
                if (changesParameter(constructor, Math.min(i, constructor.getParameters().size() - 1))) {
                    return true;
                }
            }
        }
        if (leaf instanceof MethodInvocationTree call && trees.getElement(change) instanceof ExecutableElement m) {
            for (int i = 0; i < call.getArguments().size(); i++) {
                if (changesParameter(m, Math.min(i, m.getParameters().size() - 1))) {
                    return true;
                }
            }
            if (call.getMethodSelect() instanceof MemberSelectTree select) {
                TypeMirror receiver = trees.getTypeMirror(new TreePath(new TreePath(change, select), select.getExpression()));
                return receiver != null && engine.mutators(receiver).contains(select.getIdentifier().toString())
                        || !m.getModifiers().contains(javax.lang.model.element.Modifier.STATIC) && changesOwnObject(m);
            }
        }
        return false;
    }

    /** Whether the expression at {@code target} is assigned, compound-assigned or incremented. */
    static Optional<TreePath> storedInto(TreePath target) {
        TreePath parentPath = target.getParentPath();
        Tree parent = parentPath == null ? null : parentPath.getLeaf();
        Tree leaf = target.getLeaf();
        if (parent instanceof AssignmentTree a && a.getVariable() == leaf
                || parent instanceof CompoundAssignmentTree c && c.getVariable() == leaf
                || parent instanceof UnaryTree u && INCREMENTS.contains(u.getKind()) && u.getExpression() == leaf) {
            return Optional.of(parentPath);
        }
        return Optional.empty();
    }

    /** Whether {@code type} is a {@code Collection} or a {@code Map} (whose views share its elements). */
    private boolean isCollectionOrMap(TypeMirror type) {
        if (!(type instanceof javax.lang.model.type.DeclaredType d)) {
            return false;
        }
        java.util.Set<String> mutators = engine.mutators(d);
        return mutators.contains("clear"); // the table's Collection and Map rows both change by clear()
    }

    private static boolean isRecordAccessor(Element e) {
        if (!(e instanceof ExecutableElement m) || !(m.getEnclosingElement() instanceof TypeElement record)
                || record.getKind() != ElementKind.RECORD || !m.getParameters().isEmpty()) {
            return false;
        }
        return record.getRecordComponents().stream().anyMatch(c -> c.getSimpleName().equals(m.getSimpleName()));
    }
}
