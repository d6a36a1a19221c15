package dev.fearless.checker.boundary;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;

import dev.fearless.checker.tree.TreeShapes;

/**
 * Follows a boundary argument that names a local back to the code stored in it:
 * {@code Runnable task = () -> results.add(x); pool.submit(task);} hands the lambda itself to the pool.
 *
 * <p>Only an effectively final local of the same method (or initializer) whose initializer is a lambda,
 * method reference or anonymous class is followed; anything else (a parameter, a field, a local assigned
 * again, a value made elsewhere) stays a plain value, as before.
 */
final class StoredCode {
    private final Trees trees;

    StoredCode(Trees trees) {
        this.trees = trees;
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
        TreePath[] declaration = new TreePath[1];
        boolean[] reassigned = new boolean[1];
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                if (trees.getElement(getCurrentPath()) == v) {
                    declaration[0] = getCurrentPath();
                }
                return super.visitVariable(node, unused);
            }

            @Override
            public Void visitAssignment(AssignmentTree node, Void unused) {
                reassigned[0] |= names(node.getVariable());
                return super.visitAssignment(node, unused);
            }

            @Override
            public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
                reassigned[0] |= names(node.getVariable());
                return super.visitCompoundAssignment(node, unused);
            }

            @Override
            public Void visitUnary(UnaryTree node, Void unused) {
                reassigned[0] |= names(node.getExpression());
                return super.visitUnary(node, unused);
            }

            private boolean names(ExpressionTree target) {
                return target instanceof IdentifierTree
                        && trees.getElement(new TreePath(getCurrentPath(), target)) == v;
            }
        }.scan(root, null);
        if (declaration[0] == null || reassigned[0]) {
            return null;
        }
        VariableTree declared = (VariableTree) declaration[0].getLeaf();
        if (declared.getInitializer() == null) {
            return null;
        }
        TreePath code = TreeShapes.strip(new TreePath(declaration[0], declared.getInitializer()));
        Tree leaf = code.getLeaf();
        if (!TreeShapes.isCodeInPlace(leaf) || TreeShapes.within(call, leaf)) {
            return null; // a lambda that hands itself out again (recursion through a field) is not followed
        }
        return new Boundary.Stored(v, code, reference, null);
    }
}
