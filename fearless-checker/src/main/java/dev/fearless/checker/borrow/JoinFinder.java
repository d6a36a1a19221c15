package dev.fearless.checker.borrow;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;

import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Finds where the spawning code is known to wait for a boundary's work, in straight-line code: after that
 * point a use cannot race with it. Recognised: {@code join()}/{@code get()} on the call's result, on the
 * variable that holds it, or on every element of a list the handles were added to ({@code for (h : handles)
 * h.join()}); the end of a scope call ({@code Threads.scope}); the end of the try-with-resources that owns
 * the executor.
 */
final class JoinFinder {
    private static final Set<String> WAITS = Set.of("join", "get", "awaitTermination");
    /** Calls that run a function and join every thread spawned inside it before they return. */
    private static final Set<String> SCOPES = Set.of("dev.fearless.thread.Threads.scope");

    private final Trees trees;
    private final SourcePositions positions;

    JoinFinder(Trees trees) {
        this.trees = trees;
        this.positions = trees.getSourcePositions();
    }

    /** The signals a task gives and the calls on the same object that wait for them. */
    private static final Map<String, Set<String>> WAITS_FOR_SIGNAL = Map.of(
            "countDown", Set.of("await"),
            "release", Set.of("acquire", "acquireUninterruptibly", "tryAcquire"),
            "complete", Set.of("join", "get"),
            "completeExceptionally", Set.of("join", "get"),
            "put", Set.of("take", "poll"),
            "offer", Set.of("take", "poll"),
            "transfer", Set.of("take", "poll"),
            "send", Set.of("recv", "recvTimeout"));

    /**
     * The arguments of calls chained on the boundary's result ({@code supplyAsync(..).thenApply(f)}): a
     * dependent stage runs only after the boundary's work has completed, so its uses are ordered after it.
     */
    List<Tree> dependentStages(TreePath call) {
        List<Tree> out = new java.util.ArrayList<>();
        TreePath link = call;
        TreePath parent = call.getParentPath();
        while (parent != null && parent.getLeaf() instanceof MemberSelectTree select
                && select.getExpression() == link.getLeaf()
                && parent.getParentPath().getLeaf() instanceof MethodInvocationTree invocation) {
            out.addAll(invocation.getArguments());
            link = parent.getParentPath();
            parent = link.getParentPath();
        }
        return out;
    }

    /** The source position after which the boundary's work is finished, or -1 if none is known. */
    long joinedAfter(TreePath call, Tree argument) {
        CompilationUnitTree unit = call.getCompilationUnit();
        TreePath parent = call.getParentPath();
        while (parent != null && parent.getLeaf() instanceof ParenthesizedTree) {
            parent = parent.getParentPath();
        }
        // Threads.spawn(..).join(), pool.submit(..).get(), supplyAsync(..).thenApply(..).join()
        TreePath link = call;
        while (parent != null && parent.getLeaf() instanceof MemberSelectTree select
                && select.getExpression() == link.getLeaf()
                && parent.getParentPath().getLeaf() instanceof MethodInvocationTree invocation) {
            if (WAITS.contains(select.getIdentifier().toString())) {
                return end(unit, invocation);
            }
            link = parent.getParentPath();
            parent = link.getParentPath();
            while (parent != null && parent.getLeaf() instanceof ParenthesizedTree) {
                parent = parent.getParentPath();
            }
        }
        TreePath statement = statementInBlock(call);
        if (statement != null) {
            String handle = handleVariable(statement.getLeaf(), call.getLeaf());
            String collection = collectionOf(call);
            List<? extends StatementTree> after = following(statement);
            for (StatementTree s : after) {
                if (handle != null && waitsOn(s, handle)) {
                    return end(unit, s);
                }
                if (handle != null && collection == null) {
                    collection = addedTo(s, handle);
                }
            }
            if (collection != null) {
                long joined = joinLoopAfter(statement, collection, unit);
                if (joined >= 0) {
                    return joined;
                }
            }
        }
        long signalled = waitAfterSignal(call, argument, unit);
        if (signalled >= 0) {
            return signalled;
        }
        for (TreePath p = call.getParentPath(); p != null; p = p.getParentPath()) {
            Tree leaf = p.getLeaf();
            if (leaf instanceof LambdaExpressionTree && p.getParentPath() != null
                    && p.getParentPath().getLeaf() instanceof MethodInvocationTree scope
                    && isScope(p.getParentPath())) {
                TreePath scopeStatement = statementInBlock(p.getParentPath());
                return end(unit, scopeStatement == null ? scope : scopeStatement.getLeaf());
            }
            if (leaf instanceof TryTree t && ownsReceiver(t, call)) {
                return end(unit, t);
            }
        }
        return -1;
    }

    /**
     * {@code pool.execute(..); pool.shutdown(); pool.awaitTermination(..)}, or a task that signals
     * ({@code latch.countDown()}, {@code queue.put(x)}, {@code future.complete(x)}) and a later statement of
     * the spawning code that waits on the same object ({@code latch.await()}): after the wait, the task's
     * work up to its signal happens-before the spawning code.
     */
    private long waitAfterSignal(TreePath call, Tree argument, CompilationUnitTree unit) {
        Map<String, Set<String>> waits = new HashMap<>();
        if (call.getLeaf() instanceof MethodInvocationTree mi && mi.getMethodSelect() instanceof MemberSelectTree select
                && unwrap(select.getExpression()) instanceof IdentifierTree pool) {
            waits.put(pool.getName().toString(), Set.of("awaitTermination", "close"));
        }
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                if (node.getMethodSelect() instanceof MemberSelectTree select
                        && select.getExpression() instanceof IdentifierTree on) {
                    Set<String> w = WAITS_FOR_SIGNAL.get(select.getIdentifier().toString());
                    if (w != null) {
                        waits.computeIfAbsent(on.getName().toString(), k -> new HashSet<>()).addAll(w);
                    }
                }
                return super.visitMethodInvocation(node, unused);
            }
        }.scan(argument, null);
        if (waits.isEmpty()) {
            return -1;
        }
        TreePath statement = statementInBlock(call);
        for (TreePath s = statement; s != null; s = enclosingStatementInBlock(s)) {
            for (StatementTree later : following(s)) {
                if (callsAny(later, waits)) {
                    return end(unit, later);
                }
            }
        }
        return -1;
    }

    private static boolean callsAny(Tree tree, Map<String, Set<String>> waits) {
        Boolean found = new TreeScanner<Boolean, Void>() {
            @Override
            public Boolean visitMethodInvocation(MethodInvocationTree node, Void unused) {
                if (node.getMethodSelect() instanceof MemberSelectTree select
                        && unwrap(select.getExpression()) instanceof IdentifierTree on
                        && waits.getOrDefault(on.getName().toString(), Set.of())
                        .contains(select.getIdentifier().toString())) {
                    return true;
                }
                return super.visitMethodInvocation(node, unused);
            }

            @Override
            public Boolean visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                return false; // a wait inside another lambda does not run here
            }

            @Override
            public Boolean reduce(Boolean a, Boolean b) {
                return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
            }
        }.scan(tree, null);
        return Boolean.TRUE.equals(found);
    }

    private boolean isScope(TreePath invocation) {
        Element e = trees.getElement(invocation);
        if (e instanceof ExecutableElement m && m.getEnclosingElement() instanceof TypeElement owner) {
            return SCOPES.contains(owner.getQualifiedName() + "." + m.getSimpleName());
        }
        return false;
    }

    /** try (var pool = ...) { pool.submit(..); }: closing the executor waits for its tasks. */
    private boolean ownsReceiver(TryTree t, TreePath call) {
        if (!(call.getLeaf() instanceof MethodInvocationTree mi)
                || !(mi.getMethodSelect() instanceof MemberSelectTree select)
                || !(select.getExpression() instanceof IdentifierTree receiver)) {
            return false;
        }
        for (Tree resource : t.getResources()) {
            if (resource instanceof VariableTree v && v.getName().contentEquals(receiver.getName())) {
                return true;
            }
        }
        return false;
    }

    /** The variable a statement stores the boundary's result in: {@code var h = spawn(..)}. */
    private static String handleVariable(Tree statement, Tree call) {
        if (statement instanceof VariableTree v && unwrap(v.getInitializer()) == call) {
            return v.getName().toString();
        }
        return null;
    }

    /** {@code handles.add(spawn(..))}: the collection the result goes into. */
    private static String collectionOf(TreePath call) {
        TreePath parent = call.getParentPath();
        if (parent != null && parent.getLeaf() instanceof MethodInvocationTree add
                && add.getArguments().contains(call.getLeaf())) {
            return addTarget(add);
        }
        return null;
    }

    /** {@code handles.add(h)} as a statement: the collection {@code h} goes into. */
    private static String addedTo(StatementTree s, String handle) {
        if (s instanceof ExpressionStatementTree es && es.getExpression() instanceof MethodInvocationTree add
                && add.getArguments().size() == 1 && add.getArguments().get(0) instanceof IdentifierTree id
                && id.getName().contentEquals(handle)) {
            return addTarget(add);
        }
        return null;
    }

    private static String addTarget(MethodInvocationTree add) {
        if (add.getMethodSelect() instanceof MemberSelectTree select
                && select.getIdentifier().contentEquals("add")
                && select.getExpression() instanceof IdentifierTree target) {
            return target.getName().toString();
        }
        return null;
    }

    /** A later statement, at this or an enclosing block level, that joins every handle in {@code collection}. */
    private long joinLoopAfter(TreePath statement, String collection, CompilationUnitTree unit) {
        for (TreePath s = statement; s != null; s = enclosingStatementInBlock(s)) {
            for (StatementTree later : following(s)) {
                if (joinsAll(later, collection)) {
                    return end(unit, later);
                }
            }
        }
        return -1;
    }

    private static boolean joinsAll(StatementTree s, String collection) {
        if (s instanceof EnhancedForLoopTree loop && unwrap(loop.getExpression()) instanceof IdentifierTree over
                && over.getName().contentEquals(collection)) {
            String var = loop.getVariable().getName().toString();
            StatementTree body = loop.getStatement();
            if (body instanceof BlockTree block && block.getStatements().size() == 1) {
                body = block.getStatements().get(0);
            }
            return isWaitOn(body, var);
        }
        // handles.forEach(JoinHandle::join) or handles.forEach(h -> h.join())
        if (s instanceof ExpressionStatementTree es && es.getExpression() instanceof MethodInvocationTree call
                && call.getMethodSelect() instanceof MemberSelectTree select
                && select.getIdentifier().contentEquals("forEach")
                && unwrap(select.getExpression()) instanceof IdentifierTree over
                && over.getName().contentEquals(collection) && call.getArguments().size() == 1) {
            ExpressionTree arg = call.getArguments().get(0);
            if (arg instanceof MemberReferenceTree ref) {
                return WAITS.contains(ref.getName().toString());
            }
            if (arg instanceof LambdaExpressionTree lambda && lambda.getParameters().size() == 1
                    && lambda.getBody() instanceof MethodInvocationTree inner
                    && inner.getMethodSelect() instanceof MemberSelectTree innerSelect
                    && WAITS.contains(innerSelect.getIdentifier().toString())
                    && innerSelect.getExpression() instanceof IdentifierTree on
                    && on.getName().contentEquals(lambda.getParameters().get(0).getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean waitsOn(StatementTree s, String handle) {
        return isWaitOn(s, handle);
    }

    /** {@code h.join();}, {@code x = h.get();} or {@code var x = h.join();}. */
    private static boolean isWaitOn(StatementTree s, String variable) {
        ExpressionTree e = null;
        if (s instanceof ExpressionStatementTree es) {
            e = es.getExpression();
            if (e instanceof com.sun.source.tree.AssignmentTree a) {
                e = a.getExpression();
            }
        } else if (s instanceof VariableTree v) {
            e = v.getInitializer();
        }
        return e instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree select
                && WAITS.contains(select.getIdentifier().toString())
                && unwrap(select.getExpression()) instanceof IdentifierTree on && on.getName().contentEquals(variable);
    }

    /** The statement that holds {@code path} and sits directly in a block. */
    static TreePath statementInBlock(TreePath path) {
        for (TreePath p = path; p.getParentPath() != null; p = p.getParentPath()) {
            Tree parent = p.getParentPath().getLeaf();
            if (parent instanceof BlockTree) {
                return p;
            }
            if (parent instanceof LambdaExpressionTree || parent instanceof com.sun.source.tree.ClassTree) {
                return null;
            }
        }
        return null;
    }

    private static TreePath enclosingStatementInBlock(TreePath statement) {
        TreePath block = statement.getParentPath();
        return block == null || block.getParentPath() == null ? null : statementInBlock(block.getParentPath());
    }

    /** The statements after {@code statement} in its block. */
    static List<? extends StatementTree> following(TreePath statement) {
        BlockTree block = (BlockTree) statement.getParentPath().getLeaf();
        List<? extends StatementTree> all = block.getStatements();
        int index = all.indexOf(statement.getLeaf());
        return index < 0 ? List.of() : all.subList(index + 1, all.size());
    }

    private static ExpressionTree unwrap(ExpressionTree e) {
        while (e instanceof ParenthesizedTree p) {
            e = p.getExpression();
        }
        return e;
    }

    private long end(CompilationUnitTree unit, Tree tree) {
        return positions.getEndPosition(unit, tree);
    }
}
