package dev.fearless.checker.boundary;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

import dev.fearless.checker.tree.AssignmentScanner;
import dev.fearless.checker.tree.TreeShapes;

/**
 * Follows a boundary argument that names a local back to the code stored in it:
 * {@code Runnable task = () -> results.add(x); pool.submit(task);} hands the lambda itself to the pool.
 *
 * <p>Only an effectively final local of the same method (or initializer) whose initializer is a lambda,
 * method reference, anonymous class, or task object of a class with source here ({@code new Task()}) is followed; anything else (a parameter, a field, a local assigned
 * again, a value made elsewhere) stays a plain value, as before.
 */
final class StoredCode {
    private final Trees trees;
    /** Per body (of the class being searched): its locals' declarations and the locals assigned after them. */
    private final Map<Tree, Locals> bodies = new IdentityHashMap<>();

    private record Locals(Map<Element, TreePath> declarations, Set<Element> reassigned) {
    }

    StoredCode(Trees trees) {
        this.trees = trees;
    }

    /** Forgets the bodies of the previous class. */
    void startClass() {
        bodies.clear();
    }

    /** The code stored in the local that {@code argument} (under {@code call}) names, or {@code null}. */
    Boundary.Stored follow(TreePath call, ExpressionTree argument) {
        TreePath reference = TreeShapes.strip(new TreePath(call, argument));
        if (!(reference.getLeaf() instanceof IdentifierTree)
                || !(trees.getElement(reference) instanceof VariableElement v)
                || v.getKind() != ElementKind.LOCAL_VARIABLE) {
            return null;
        }
        TreePath root = TreeShapes.bodyRoot(call);
        if (root == null) {
            return null;
        }
        Locals locals = bodies.computeIfAbsent(root.getLeaf(), k -> index(root));
        TreePath declaration = locals.declarations().get(v);
        if (declaration == null || locals.reassigned().contains(v)) {
            return null;
        }
        VariableTree declared = (VariableTree) declaration.getLeaf();
        if (declared.getInitializer() == null) {
            return null;
        }
        TreePath code = TreeShapes.strip(new TreePath(declaration, declared.getInitializer()));
        Tree leaf = code.getLeaf();
        if (!(TreeShapes.isCodeInPlace(leaf) || taskObject(code)) || TreeShapes.within(call, leaf)) {
            return null; // a lambda that hands itself out again (recursion through a field) is not followed
        }
        return new Boundary.Stored(v, code, reference, null);
    }

    /**
     * Whether {@code code} makes a task object of a class whose source is in the compilation ({@code new Task()} of
     * a local class, {@code new Job(batch)} of a named one): the checker reads such an object's code where it is
     * handed over directly, so it follows it through a local too.
     */
    private boolean taskObject(TreePath code) {
        return code.getLeaf() instanceof NewClassTree n && n.getClassBody() == null
                && trees.getElement(code) instanceof ExecutableElement constructor && trees.getPath(constructor) != null;
    }

    /** One scan of a body: where each local is declared, and which are assigned again. */
    private Locals index(TreePath root) {
        Map<Element, TreePath> declarations = new HashMap<>();
        Set<Element> reassigned = new HashSet<>();
        new AssignmentScanner() {
            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                Element e = trees.getElement(getCurrentPath());
                if (e != null) {
                    declarations.put(e, getCurrentPath());
                }
                return super.visitVariable(node, unused);
            }

            @Override
            protected void assigned(TreePath target, TreePath value) {
                if (target.getLeaf() instanceof IdentifierTree) {
                    Element e = trees.getElement(target);
                    if (e != null) {
                        reassigned.add(e);
                    }
                }
            }
        }.scan(root, null);
        return new Locals(declarations, reassigned);
    }
}
