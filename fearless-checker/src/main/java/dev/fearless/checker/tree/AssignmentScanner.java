package dev.fearless.checker.tree;

import java.util.Set;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreePath;

/**
 * A scan that sees every store into a variable: plain assignments, compound assignments ({@code x += 1}) and
 * increments or decrements ({@code x++}). Subclasses may override other visits; they must call
 * {@code super} for the three kinds above.
 */
public abstract class AssignmentScanner extends TreePathScanner<Void, Void> {
    /** The unary operators that store into their operand. */
    public static final Set<Tree.Kind> INCREMENTS = Set.of(Tree.Kind.PREFIX_INCREMENT, Tree.Kind.POSTFIX_INCREMENT,
            Tree.Kind.PREFIX_DECREMENT, Tree.Kind.POSTFIX_DECREMENT);

    /**
     * One store.
     *
     * @param target the path of the variable stored into (an identifier, a member select, an array access)
     * @param value  the stored expression, parentheses stripped, for a plain assignment; for a compound
     *               assignment or an increment, the whole operation (its value depends on the old one)
     */
    protected abstract void assigned(TreePath target, TreePath value);

    @Override
    public Void visitAssignment(AssignmentTree node, Void unused) {
        assigned(new TreePath(getCurrentPath(), node.getVariable()),
                TreeShapes.strip(new TreePath(getCurrentPath(), node.getExpression())));
        return super.visitAssignment(node, unused);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
        assigned(new TreePath(getCurrentPath(), node.getVariable()), getCurrentPath());
        return super.visitCompoundAssignment(node, unused);
    }

    @Override
    public Void visitUnary(UnaryTree node, Void unused) {
        if (INCREMENTS.contains(node.getKind())) {
            assigned(new TreePath(getCurrentPath(), node.getExpression()), getCurrentPath());
        }
        return super.visitUnary(node, unused);
    }
}
