package dev.fearless.checker.tree;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;

/**
 * Questions about the shape of source trees that every stage asks: is this code that runs later, what is
 * inside the parentheses, which member declaration holds this path, which statement of a block.
 */
public final class TreeShapes {
    private TreeShapes() {
    }

    /** {@code e} without the parentheses around it. */
    public static ExpressionTree strip(ExpressionTree e) {
        while (e instanceof ParenthesizedTree p) {
            e = p.getExpression();
        }
        return e;
    }

    /** {@code path} moved inside the parentheses around its leaf. */
    public static TreePath strip(TreePath path) {
        while (path.getLeaf() instanceof ParenthesizedTree p) {
            path = new TreePath(path, p.getExpression());
        }
        return path;
    }

    /**
     * Whether {@code tree} is code that the receiver of an argument runs later: a lambda, a method reference, an
     * anonymous class, or the creation of a (local or named) class's object.
     */
    public static boolean isCode(Tree tree) {
        Tree t = tree instanceof ExpressionTree e ? strip(e) : tree;
        return t instanceof LambdaExpressionTree || t instanceof MemberReferenceTree || t instanceof NewClassTree;
    }

    /** Whether {@code tree} is a lambda, a method reference or an anonymous class: code written in place. */
    public static boolean isCodeInPlace(Tree tree) {
        Tree t = tree instanceof ExpressionTree e ? strip(e) : tree;
        return t instanceof LambdaExpressionTree || t instanceof MemberReferenceTree
                || (t instanceof NewClassTree n && n.getClassBody() != null);
    }

    /** The method, initializer or field declaration whose body holds {@code path}, or {@code null}. */
    public static TreePath bodyRoot(TreePath path) {
        for (TreePath p = path; p.getParentPath() != null; p = p.getParentPath()) {
            if (p.getParentPath().getLeaf() instanceof ClassTree) {
                return p;
            }
        }
        return null;
    }

    /**
     * The statement that holds {@code path} and sits directly in a block of the same body (not across a lambda
     * or class boundary), or {@code null}.
     */
    public static TreePath statementInBlock(TreePath path) {
        for (TreePath p = path; p.getParentPath() != null; p = p.getParentPath()) {
            Tree parent = p.getParentPath().getLeaf();
            if (parent instanceof BlockTree) {
                return p;
            }
            if (parent instanceof LambdaExpressionTree || parent instanceof ClassTree) {
                return null;
            }
        }
        return null;
    }

    /**
     * The leftmost part of the expression at {@code path}, where it starts in the source: javac puts its caret
     * at a tree's preferred position, which for {@code Rc.of(5)} is the {@code (}; reported at the leftmost part
     * ({@code Rc}) the caret sits where the expression starts.
     */
    public static TreePath leftmost(TreePath path) {
        TreePath p = path;
        while (true) {
            Tree leaf = p.getLeaf();
            if (leaf instanceof com.sun.source.tree.MethodInvocationTree call) {
                p = new TreePath(p, call.getMethodSelect());
            } else if (leaf instanceof com.sun.source.tree.MemberSelectTree select) {
                p = new TreePath(p, select.getExpression());
            } else if (leaf instanceof com.sun.source.tree.ArrayAccessTree access) {
                p = new TreePath(p, access.getExpression());
            } else {
                return p;
            }
        }
    }

    /** Whether {@code ancestor} is {@code path}'s leaf or lies above it. */
    public static boolean within(TreePath path, Tree ancestor) {
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            if (p.getLeaf() == ancestor) {
                return true;
            }
        }
        return false;
    }
}
