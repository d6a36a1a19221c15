package dev.fearless.checker.borrow;

import java.util.Optional;
import java.util.Set;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import dev.fearless.checker.tree.AssignmentScanner;

import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Recognises a store into an array element that no other thread of the same loop touches: each iteration
 * starts one thread that stores at its own index ({@code results[id] = f(id)}).
 *
 * <p>Implementation notes: the rule is syntactic and deliberately narrow. Given the one loop between the
 * array's declaration and the boundary (so no outer loop hands the same index out again, and no inner loop
 * starts several threads per iteration), a store {@code a[x] = ..} (or {@code a[x] += ..}, {@code a[x]++})
 * is at an index of its own iteration when {@code x} is:
 * <ul>
 *   <li>a local declared directly in that loop's body (not in a nested loop) and initialised with the
 *       loop's counter ({@code for (int i = 0; i < n; i++) { int id = i; .. }}): the counter is declared in
 *       the loop's header and stepped only by its update clause, so every iteration sees a different value;</li>
 *   <li>or the variable of that loop when it is an enhanced {@code for} ({@code for (int id : ids)}), for
 *       a plain assignment only: the elements are assumed distinct (ids, a range), and a plain store at a
 *       repeated index is at worst a lost write, while {@code counts[k]++} over repeated keys would lose
 *       counts, so compound updates stay errors.</li>
 * </ul>
 * Anything else (a constant index, a shared variable, a value computed inside the thread, a local
 * initialised with something other than the counter) is still a change every thread makes.
 */
final class ElementPerIteration {
    private ElementPerIteration() {
    }

    /**
     * Whether {@code use} (the array named inside the boundary's code) is the array of an element store at
     * an index that belongs to the current iteration of {@code loop} alone, {@code loop} being the only loop
     * between the array's declaration and {@code call}.
     */
    static boolean storesOwnElement(TreePath use, TreePath loop, TreePath call, Trees trees) {
        TreePath accessPath = use.getParentPath();
        while (accessPath != null && accessPath.getLeaf() instanceof ParenthesizedTree) {
            accessPath = accessPath.getParentPath();
        }
        if (accessPath == null || !(accessPath.getLeaf() instanceof ArrayAccessTree access)
                || strip(access.getExpression()) != use.getLeaf()) {
            return false;
        }
        Optional<TreePath> store = MutationFinder.storedInto(accessPath);
        if (store.isEmpty() || !(strip(access.getIndex()) instanceof IdentifierTree)
                || innerLoopBetween(call, loop)) {
            return false;
        }
        Element index = trees.getElement(new TreePath(accessPath, strip(access.getIndex())));
        if (!(index instanceof VariableElement v)) {
            return false;
        }
        Tree l = loop.getLeaf();
        if (l instanceof EnhancedForLoopTree each) {
            return store.get().getLeaf() instanceof AssignmentTree
                    && v.equals(trees.getElement(new TreePath(loop, each.getVariable())));
        }
        return l instanceof ForLoopTree counted && copiesCounter(counted, loop, v, trees);
    }

    /** Stream stages after which each element of a range is still seen once. */
    private static final Set<String> KEEPS_DISTINCT =
            dev.fearless.checker.knowledge.JdkMethods.simple(dev.fearless.checker.knowledge.JdkMethods.Kind.KEEPS_DISTINCT);

    /**
     * Whether {@code use} is the array of an element store at the index that a parallel stream over a range
     * hands to this invocation of the boundary's lambda:
     * {@code IntStream.range(0, n).parallel().forEach(i -> out[i] = f(i))}. A range yields each index once,
     * and the stages in between ({@code filter}, {@code limit}, ..) never repeat one, so no two invocations
     * store into the same element.
     */
    static boolean storesOwnElementOfRange(TreePath use, ExpressionTree argument, TreePath call, Trees trees) {
        TreePath accessPath = use.getParentPath();
        while (accessPath != null && accessPath.getLeaf() instanceof ParenthesizedTree) {
            accessPath = accessPath.getParentPath();
        }
        if (accessPath == null || !(accessPath.getLeaf() instanceof ArrayAccessTree access)
                || strip(access.getExpression()) != use.getLeaf()
                || MutationFinder.storedInto(accessPath).isEmpty()
                || !(withoutCast(access.getIndex()) instanceof IdentifierTree indexName)
                || !(strip(argument) instanceof LambdaExpressionTree lambda)
                || lambda.getParameters().size() != 1) {
            return false;
        }
        Element index = trees.getElement(new TreePath(accessPath, indexName));
        TreePath lambdaPath = new TreePath(call, lambda);
        Element parameter = trees.getElement(new TreePath(lambdaPath, lambda.getParameters().get(0)));
        if (index == null || !index.equals(parameter)
                || !(call.getLeaf() instanceof MethodInvocationTree invocation)
                || !(invocation.getMethodSelect() instanceof MemberSelectTree select)
                || !Set.of("forEach", "forEachOrdered").contains(select.getIdentifier().toString())) {
            return false;
        }
        TreePath receiver = new TreePath(new TreePath(call, select), select.getExpression());
        while (receiver.getLeaf() instanceof MethodInvocationTree inner
                && inner.getMethodSelect() instanceof MemberSelectTree stage) {
            String name = stage.getIdentifier().toString();
            if (name.equals("range") || name.equals("rangeClosed")) {
                return trees.getElement(receiver) instanceof ExecutableElement m
                        && m.getEnclosingElement() instanceof TypeElement owner
                        && (owner.getQualifiedName().contentEquals("java.util.stream.IntStream")
                        || owner.getQualifiedName().contentEquals("java.util.stream.LongStream"));
            }
            if (!KEEPS_DISTINCT.contains(name)) {
                return false;
            }
            receiver = new TreePath(new TreePath(receiver, stage), stage.getExpression());
        }
        return false;
    }

    /** Whether {@code v} is declared in {@code loop}'s own body block and initialised with its counter. */
    private static boolean copiesCounter(ForLoopTree loop, TreePath loopPath, VariableElement v, Trees trees) {
        if (!(loop.getStatement() instanceof BlockTree body)) {
            return false;
        }
        TreePath bodyPath = new TreePath(loopPath, body);
        for (StatementTree statement : body.getStatements()) {
            if (statement instanceof VariableTree declaration && declaration.getInitializer() != null
                    && v.equals(trees.getElement(new TreePath(bodyPath, declaration)))) {
                ExpressionTree init = strip(declaration.getInitializer());
                if (!(init instanceof IdentifierTree)) {
                    return false;
                }
                Element counter = trees.getElement(new TreePath(new TreePath(bodyPath, declaration), init));
                return counter != null && isCounter(loop, loopPath, counter, trees);
            }
        }
        return false;
    }

    /** Whether {@code counter} is declared in the loop's header and stepped by its update clause only. */
    private static boolean isCounter(ForLoopTree loop, TreePath loopPath, Element counter, Trees trees) {
        boolean declared = loop.getInitializer().stream().anyMatch(s -> s instanceof VariableTree
                && counter.equals(trees.getElement(new TreePath(loopPath, s))));
        if (!declared) {
            return false;
        }
        boolean stepped = false;
        for (ExpressionStatementTree update : loop.getUpdate()) {
            ExpressionTree e = update.getExpression();
            ExpressionTree target = e instanceof UnaryTree u && MutationFinder.INCREMENTS.contains(u.getKind())
                    ? u.getExpression()
                    : e instanceof CompoundAssignmentTree c ? c.getVariable() : null;
            if (target != null && counter.equals(trees.getElement(new TreePath(new TreePath(
                    new TreePath(loopPath, update), e), target)))) {
                stepped = true;
            }
        }
        return stepped && !assignedIn(loop.getStatement(), new TreePath(loopPath, loop.getStatement()), counter, trees);
    }

    /** Whether the loop's body assigns the counter itself (then two iterations may see the same value). */
    private static boolean assignedIn(Tree body, TreePath bodyPath, Element counter, Trees trees) {
        boolean[] found = {false};
        new AssignmentScanner() {
            @Override
            protected void assigned(TreePath target, TreePath value) {
                if (counter.equals(trees.getElement(target))) {
                    found[0] = true;
                }
            }
        }.scan(bodyPath, null);
        return found[0];
    }

    /** Whether another loop lies between {@code loop} and the boundary {@code call}. */
    private static boolean innerLoopBetween(TreePath call, TreePath loop) {
        for (TreePath p = call.getParentPath(); p != null && p.getLeaf() != loop.getLeaf(); p = p.getParentPath()) {
            Tree t = p.getLeaf();
            if (t instanceof ClassTree) {
                return true; // the loop is not around the call in this method: be conservative
            }
            if (t instanceof ForLoopTree || t instanceof EnhancedForLoopTree || t instanceof WhileLoopTree
                    || t instanceof DoWhileLoopTree) {
                return true;
            }
        }
        return false;
    }

    /** {@code (int) i}: a long index of a range narrowed to an array index (an array has fewer elements). */
    private static ExpressionTree withoutCast(ExpressionTree e) {
        e = strip(e);
        return e instanceof TypeCastTree cast ? strip(cast.getExpression()) : e;
    }

    private static ExpressionTree strip(ExpressionTree e) {
        while (e instanceof ParenthesizedTree p) {
            e = p.getExpression();
        }
        return e;
    }
}
