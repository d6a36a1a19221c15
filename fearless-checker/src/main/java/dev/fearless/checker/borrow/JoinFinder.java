package dev.fearless.checker.borrow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;

import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

import dev.fearless.checker.tree.TreeShapes;

/**
 * Finds where the spawning code is known to wait for a boundary's work: after that point a use cannot race
 * with it. Which calls wait is data ({@link WaitTable}), matched by the receiver's type. Recognised: a wait on
 * the call's result, on the variable that holds it, or on every element of a list the handles were added to
 * ({@code for (h : handles) h.join()}); a wait on what the task signals ({@code latch.countDown()} then
 * {@code latch.await()}); the executor's {@code awaitTermination}/{@code close}; the end of a scope call
 * ({@code Threads.scope}); the end of the try-with-resources that owns the executor.
 *
 * <p>Implementation notes: a later statement waits when every way it can complete normally passes the wait
 * ({@link #waitsBefore}): {@code try { t.join(); } catch (InterruptedException e) { throw ..; }} waits, since
 * the only path around the join leaves the method; a catch that swallows the interruption does not, since the
 * thread may then still run. A {@code throw} is taken to leave the method (an enclosing {@code catch} in the
 * same method that resumes is not looked for).
 */
final class JoinFinder {
    private final Trees trees;
    private final SourcePositions positions;
    private final WaitTable waits;

    JoinFinder(Trees trees, Types types, Elements elements) {
        this.trees = trees;
        this.positions = trees.getSourcePositions();
        this.waits = new WaitTable(types, elements);
    }

    /**
     * The arguments of calls chained on the boundary's result ({@code supplyAsync(..).thenApply(f)}): a
     * dependent stage runs only after the boundary's work has completed, so its uses are ordered after it.
     */
    List<Tree> dependentStages(TreePath call) {
        List<Tree> out = new ArrayList<>();
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

    /**
     * The source position after which the boundary's work is finished, or -1 if none is known; {@code sites}
     * indexes the body that holds the call. Later statements are found through the uses of the handle, the
     * list, the latch or the pool, so that the cost grows with those uses, not with the method.
     */
    Joined joinedAfter(dev.fearless.checker.boundary.Boundary boundary, UseSites sites) {
        TreePath call = boundary.call();
        Tree argument = boundary.argument();
        CompilationUnitTree unit = call.getCompilationUnit();
        if (boundary.joined()) {
            return Joined.after(end(unit, call.getLeaf())); // invokeAll, invokeAndWait: the call itself waits
        }
        // Threads.spawn(..).join(), pool.submit(..).get(), supplyAsync(..).thenApply(..).join()
        TreePath link = call;
        TreePath parent = aboveParentheses(call);
        while (parent != null && parent.getLeaf() instanceof MemberSelectTree select
                && TreeShapes.strip(select.getExpression()) == link.getLeaf()
                && parent.getParentPath().getLeaf() instanceof MethodInvocationTree invocation) {
            if (waits.waitsForTask(trees.getTypeMirror(link), select.getIdentifier().toString(),
                    invocation.getArguments().size())) {
                return Joined.after(end(unit, invocation));
            }
            link = parent.getParentPath();
            parent = aboveParentheses(link);
        }
        TreePath statement = TreeShapes.statementInBlock(call);
        Following following = statement == null ? null : new Following(statement);
        if (following != null) {
            Element handle = handleVariable(statement, call.getLeaf());
            Element collection = collectionOf(call);
            if (handle instanceof VariableElement h) {
                for (TreePath s : following.statementsUsing(sites.usesOf(h))) {
                    if (assignsTo(s, h)) {
                        break; // f = pool.submit(other): a wait on f from here waits for the other task
                    }
                    List<long[]> except = new ArrayList<>();
                    long waited = waitPoint(s, invocation -> waitsOnTask(invocation, handle), except);
                    if (waited >= 0) {
                        return new Joined(waited, except);
                    }
                    if (collection == null) {
                        collection = addedTo(s, handle);
                    }
                }
            }
            if (collection instanceof VariableElement c) {
                for (TreePath s : following.statementsUsing(sites.usesOf(c))) {
                    Element all = collection;
                    List<long[]> except = new ArrayList<>();
                    long waited = waitPoint(s, invocation -> false, st -> joinsAll(st, all), except);
                    if (waited >= 0) {
                        return new Joined(waited, except);
                    }
                }
            }
        }
        Joined signalled = following == null ? Joined.NEVER : waitAfterSignal(call, argument, unit, following, sites);
        if (signalled.after() >= 0) {
            return signalled;
        }
        for (TreePath p = call.getParentPath(); p != null; p = p.getParentPath()) {
            Tree leaf = p.getLeaf();
            if (leaf instanceof LambdaExpressionTree && p.getParentPath() != null
                    && p.getParentPath().getLeaf() instanceof MethodInvocationTree scope
                    && trees.getElement(p.getParentPath()) instanceof ExecutableElement m && waits.isScope(m)) {
                TreePath scopeStatement = TreeShapes.statementInBlock(p.getParentPath());
                return Joined.after(end(unit, scopeStatement == null ? scope : scopeStatement.getLeaf()));
            }
            if (leaf instanceof TryTree t && ownsReceiver(t, call)) {
                return Joined.after(end(unit, t));
            }
        }
        return Joined.NEVER;
    }

    /**
     * When the boundary's work is known to be finished: at every position from {@code after} on (none where
     * {@code after} is -1), except inside {@code except}: the catch and finally blocks of a {@code try} whose
     * block waits, which may run without the wait having completed.
     */
    record Joined(long after, List<long[]> except) {
        static final Joined NEVER = new Joined(-1, List.of());

        Joined {
            except = List.copyOf(except);
        }

        static Joined after(long position) {
            return new Joined(position, List.of());
        }

        /** Whether code at {@code position} runs after the work has finished. */
        boolean covers(long position) {
            if (after < 0 || position < after) {
                return false;
            }
            for (long[] range : except) {
                if (position >= range[0] && position < range[1]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Where, within or after the statement at {@code s}, a wait that {@code isWait} accepts has certainly
     * completed, or -1 where {@code s} may complete without one ({@link #waitsBefore}): just after the wait where it
     * is reached through blocks and try blocks ({@code { h.get(); list.add(x); }}), so that the rest of
     * them runs after it; the catch and finally blocks of such a try go to {@code except}. Other statements
     * that wait (an if whose branches both wait) count from their end.
     */
    private long waitPoint(TreePath s, Predicate<TreePath> isWait, List<long[]> except) {
        return waitPoint(s, isWait, statement -> false, except);
    }

    /** {@link #waitPoint(TreePath, Predicate, List)}, where a statement that {@code waits} accepts waits too. */
    private long waitPoint(TreePath s, Predicate<TreePath> isWait, Predicate<TreePath> waits, List<long[]> except) {
        Tree leaf = s.getLeaf();
        CompilationUnitTree unit = s.getCompilationUnit();
        if (waits.test(s)) {
            return end(unit, leaf);
        }
        if (leaf instanceof BlockTree block) {
            for (StatementTree statement : block.getStatements()) {
                long waited = waitPoint(new TreePath(s, statement), isWait, waits, except);
                if (waited >= 0) {
                    return waited;
                }
                if (mayJumpOut(statement)) {
                    return -1;
                }
            }
            return -1;
        }
        if (leaf instanceof TryTree t) {
            if (t.getFinallyBlock() != null) {
                long waited = waitPoint(new TreePath(s, t.getFinallyBlock()), isWait, waits, except);
                if (waited >= 0) {
                    return waited;
                }
            }
            List<long[]> inner = new ArrayList<>();
            long waited = waitPoint(new TreePath(s, t.getBlock()), isWait, waits, inner);
            if (waited < 0) {
                return -1;
            }
            for (CatchTree c : t.getCatches()) {
                if (completesNormally(c.getBlock())) {
                    return -1;
                }
                except.add(new long[] {positions.getStartPosition(unit, c), end(unit, c)});
            }
            if (t.getFinallyBlock() != null) {
                except.add(new long[] {positions.getStartPosition(unit, t.getFinallyBlock()),
                        end(unit, t.getFinallyBlock())});
            }
            except.addAll(inner);
            return waited;
        }
        if (leaf instanceof LabeledStatementTree l) {
            return waitPoint(new TreePath(s, l.getStatement()), isWait, waits, except);
        }
        if (leaf instanceof SynchronizedTree sync) {
            return waitPoint(new TreePath(s, sync.getBlock()), isWait, waits, except);
        }
        return waitsBefore(s, isWait) ? end(unit, leaf) : -1;
    }

    private static TreePath aboveParentheses(TreePath path) {
        TreePath parent = path.getParentPath();
        while (parent != null && parent.getLeaf() instanceof com.sun.source.tree.ParenthesizedTree) {
            parent = parent.getParentPath();
        }
        return parent;
    }

    /** {@code h.join()} where {@code h} holds the boundary's result and the call waits for its task. */
    private boolean waitsOnTask(TreePath invocation, Element handle) {
        MethodInvocationTree call = (MethodInvocationTree) invocation.getLeaf();
        if (!(call.getMethodSelect() instanceof MemberSelectTree select)) {
            return false;
        }
        TreePath receiver = TreeShapes.strip(new TreePath(new TreePath(invocation, select), select.getExpression()));
        return receiver.getLeaf() instanceof IdentifierTree && handle.equals(trees.getElement(receiver))
                && waits.waitsForTask(handle.asType(), select.getIdentifier().toString(), call.getArguments().size());
    }

    /**
     * Whether every way the statement at {@code s} can complete normally passes a call that {@code isWait}
     * accepts: the call as a statement (or assigned, or declared), a block with such a statement that nothing
     * before it can jump out of, an {@code if} whose branches both wait, or a {@code try} whose block waits and
     * whose every {@code catch} cannot complete normally (or whose {@code finally} waits).
     */
    private boolean waitsBefore(TreePath s, Predicate<TreePath> isWait) {
        Tree leaf = s.getLeaf();
        if (leaf instanceof ExpressionStatementTree es) {
            ExpressionTree e = es.getExpression();
            TreePath p = new TreePath(s, e);
            if (e instanceof AssignmentTree a) {
                p = new TreePath(p, a.getExpression());
            }
            p = TreeShapes.strip(p);
            return p.getLeaf() instanceof MethodInvocationTree && isWait.test(p);
        }
        if (leaf instanceof VariableTree v && v.getInitializer() != null) {
            TreePath p = TreeShapes.strip(new TreePath(s, v.getInitializer()));
            return p.getLeaf() instanceof MethodInvocationTree && isWait.test(p);
        }
        if (leaf instanceof BlockTree block) {
            for (StatementTree statement : block.getStatements()) {
                if (waitsBefore(new TreePath(s, statement), isWait)) {
                    return true;
                }
                if (mayJumpOut(statement)) {
                    return false;
                }
            }
            return false;
        }
        if (leaf instanceof TryTree t) {
            if (t.getFinallyBlock() != null && waitsBefore(new TreePath(s, t.getFinallyBlock()), isWait)) {
                return true;
            }
            if (!waitsBefore(new TreePath(s, t.getBlock()), isWait)) {
                return false;
            }
            for (CatchTree c : t.getCatches()) {
                if (completesNormally(c.getBlock())) {
                    return false;
                }
            }
            return true;
        }
        if (leaf instanceof IfTree i) {
            return i.getElseStatement() != null && waitsBefore(new TreePath(s, i.getThenStatement()), isWait)
                    && waitsBefore(new TreePath(s, i.getElseStatement()), isWait);
        }
        if (leaf instanceof LabeledStatementTree l) {
            return waitsBefore(new TreePath(s, l.getStatement()), isWait);
        }
        if (leaf instanceof SynchronizedTree sync) {
            return waitsBefore(new TreePath(s, sync.getBlock()), isWait);
        }
        return false;
    }

    /** Whether {@code s} contains a {@code break} or {@code continue} (which may leave the enclosing block). */
    private static boolean mayJumpOut(StatementTree s) {
        Boolean found = new TreeScanner<Boolean, Void>() {
            @Override
            public Boolean visitBreak(BreakTree node, Void unused) {
                return true;
            }

            @Override
            public Boolean visitContinue(ContinueTree node, Void unused) {
                return true;
            }

            @Override
            public Boolean visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                return false;
            }

            @Override
            public Boolean visitClass(ClassTree node, Void unused) {
                return false;
            }

            @Override
            public Boolean reduce(Boolean a, Boolean b) {
                return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
            }
        }.scan(s, null);
        return Boolean.TRUE.equals(found);
    }

    /**
     * Whether {@code s} may complete normally: false only when it surely ends in {@code throw} or
     * {@code return} on every path (a block ending so, an {@code if} whose both branches do, a {@code try}
     * whose block and catches all do).
     */
    private static boolean completesNormally(StatementTree s) {
        if (s instanceof ThrowTree || s instanceof ReturnTree) {
            return false;
        }
        if (s instanceof BlockTree block) {
            for (StatementTree statement : block.getStatements()) {
                if (!completesNormally(statement)) {
                    return false;
                }
                if (mayJumpOut(statement)) {
                    return true;
                }
            }
            return true;
        }
        if (s instanceof IfTree i) {
            return i.getElseStatement() == null || completesNormally(i.getThenStatement())
                    || completesNormally(i.getElseStatement());
        }
        if (s instanceof TryTree t) {
            if (t.getFinallyBlock() != null && !completesNormally(t.getFinallyBlock())) {
                return false;
            }
            return completesNormally(t.getBlock()) || t.getCatches().stream().anyMatch(c -> completesNormally(c.getBlock()));
        }
        if (s instanceof LabeledStatementTree l) {
            return completesNormally(l.getStatement());
        }
        if (s instanceof SynchronizedTree sync) {
            return completesNormally(sync.getBlock());
        }
        return true;
    }

    /**
     * {@code pool.execute(..); pool.shutdown(); pool.awaitTermination(..)}, or a task that signals
     * ({@code latch.countDown()}, {@code queue.put(x)}, {@code future.complete(x)}) and a later statement of
     * the spawning code that waits on the same object ({@code latch.await()}): after the wait, the task's
     * work up to its signal happens-before the spawning code.
     */
    private Joined waitAfterSignal(TreePath call, Tree argument, CompilationUnitTree unit, Following following,
                                   UseSites sites) {
        Map<Element, Set<WaitTable.MethodName>> waitsOn = new HashMap<>();
        Element pool = null;
        if (call.getLeaf() instanceof MethodInvocationTree mi && mi.getMethodSelect() instanceof MemberSelectTree select) {
            TreePath receiver = TreeShapes.strip(new TreePath(new TreePath(call, select), select.getExpression()));
            pool = receiver.getLeaf() instanceof IdentifierTree ? trees.getElement(receiver) : null;
        }
        TreePath argumentPath = new TreePath(call, argument);
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                if (node.getMethodSelect() instanceof MemberSelectTree select
                        && select.getExpression() instanceof IdentifierTree) {
                    TreePath on = new TreePath(new TreePath(getCurrentPath(), select), select.getExpression());
                    Element e = trees.getElement(on);
                    Set<WaitTable.MethodName> w = waits.waitsForSignal(trees.getTypeMirror(on),
                            select.getIdentifier().toString(), node.getArguments().size());
                    if (e != null && !w.isEmpty()) {
                        waitsOn.computeIfAbsent(e, k -> new java.util.HashSet<>()).addAll(w);
                    }
                }
                return super.visitMethodInvocation(node, unused);
            }
        }.scan(argumentPath, null);
        // Only the uses that are the receiver of a wait: the pool is named by every submit, a wait is rare.
        List<TreePath> uses = new ArrayList<>();
        for (Map.Entry<Element, Set<WaitTable.MethodName>> e : waitsOn.entrySet()) {
            if (e.getKey() instanceof VariableElement v) {
                Set<WaitTable.MethodName> names = e.getValue();
                uses.addAll(sites.derived(List.of("waits", v, names), () -> sites.usesOf(v).stream()
                        .filter(use -> receiverOf(use, (name, arguments) -> names.stream()
                                .anyMatch(m -> m.matches(name, arguments)))).toList()));
            }
        }
        if (pool instanceof VariableElement v) {
            uses.addAll(sites.derived(List.of("pool", v), () -> sites.usesOf(v).stream()
                    .filter(use -> receiverOf(use, (name, arguments) -> waits.waitsForPool(v.asType(), name, arguments)))
                    .toList()));
        }
        uses.sort(java.util.Comparator.comparingLong(u -> positions.getStartPosition(unit, u.getLeaf())));
        List<TreePath> later = following.statementsUsing(uses);
        if (later.isEmpty()) {
            return Joined.NEVER;
        }
        // Within a block or try that holds the wait ({ latch.await(); list.add(x); }), what follows the wait.
        java.util.Set<Tree> waitCalls = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (TreePath use : uses) {
            TreePath select = aboveParentheses(use);
            if (select != null && select.getParentPath() != null) {
                waitCalls.add(select.getParentPath().getLeaf());
            }
        }
        List<long[]> except = new ArrayList<>();
        long waited = waitPoint(later.get(0), invocation -> waitCalls.contains(invocation.getLeaf()), except);
        return waited >= 0 ? new Joined(waited, except) : Joined.after(end(unit, later.get(0).getLeaf()));
    }

    /** Whether {@code use} is the receiver of a call {@code use.m(..)} that {@code waits} accepts. */
    private static boolean receiverOf(TreePath use, java.util.function.BiPredicate<String, Integer> waits) {
        TreePath parent = use.getParentPath();
        while (parent != null && parent.getLeaf() instanceof com.sun.source.tree.ParenthesizedTree) {
            parent = parent.getParentPath();
        }
        return parent != null && parent.getLeaf() instanceof MemberSelectTree select
                && parent.getParentPath().getLeaf() instanceof MethodInvocationTree call
                && call.getMethodSelect() == select
                && waits.test(select.getIdentifier().toString(), call.getArguments().size());
    }

    /**
     * The statements that follow one statement in its block and in each enclosing block of the same body (not
     * across a lambda or class), found from uses of a variable: a statement is one that a use lies in.
     */
    private final class Following {
        private final TreePath statement;
        private final long end;
        private final java.util.Set<Tree> blocks = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private final java.util.Set<Tree> enclosing = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Following(TreePath statement) {
            this.statement = statement;
            this.end = JoinFinder.this.end(statement.getCompilationUnit(), statement.getLeaf());
            for (TreePath s = statement; s != null; s = enclosingStatementInBlock(s)) {
                enclosing.add(s.getLeaf());
                blocks.add(s.getParentPath().getLeaf());
            }
        }

        /** The following statements that hold one of {@code uses} (in source order), each once, in source order. */
        List<TreePath> statementsUsing(List<TreePath> uses) {
            List<TreePath> out = new ArrayList<>();
            CompilationUnitTree unit = statement.getCompilationUnit();
            for (TreePath use : uses) {
                if (positions.getStartPosition(unit, use.getLeaf()) < end) {
                    continue;
                }
                TreePath s = holding(use);
                if (s != null && (out.isEmpty() || out.get(out.size() - 1).getLeaf() != s.getLeaf())) {
                    out.add(s);
                }
            }
            return out;
        }

        private TreePath holding(TreePath use) {
            for (TreePath p = use; p.getParentPath() != null; p = p.getParentPath()) {
                if (p.getLeaf() instanceof LambdaExpressionTree || p.getLeaf() instanceof ClassTree) {
                    return null; // runs elsewhere or later, not in this statement sequence
                }
                if (blocks.contains(p.getParentPath().getLeaf())) {
                    return enclosing.contains(p.getLeaf()) ? null : p;
                }
            }
            return null;
        }
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
                // closing waits for the tasks only where the table says so (ExecutorService, not a publisher)
                TypeMirror type = trees.getTypeMirror(new TreePath(new TreePath(call, select), receiver));
                return waits.waitsForPool(type, "close", 0);
            }
        }
        return false;
    }

    /**
     * The variable a statement stores the boundary's result in: {@code var h = spawn(..)}, or a local declared
     * earlier, {@code Future<?> f; .. f = pool.submit(..);}.
     */
    private Element handleVariable(TreePath statement, Tree call) {
        if (statement.getLeaf() instanceof VariableTree v && v.getInitializer() != null
                && TreeShapes.strip(v.getInitializer()) == call) {
            return trees.getElement(statement);
        }
        if (statement.getLeaf() instanceof com.sun.source.tree.ExpressionStatementTree e
                && e.getExpression() instanceof com.sun.source.tree.AssignmentTree a
                && TreeShapes.strip(a.getExpression()) == call && a.getVariable() instanceof IdentifierTree) {
            Element target = trees.getElement(new TreePath(new TreePath(statement, a), a.getVariable()));
            return target != null && target.getKind() == javax.lang.model.element.ElementKind.LOCAL_VARIABLE ? target : null;
        }
        return null;
    }

    /** Whether {@code statement} is {@code h = ..;}: the handle names another value from there on. */
    private boolean assignsTo(TreePath statement, Element h) {
        return statement.getLeaf() instanceof com.sun.source.tree.ExpressionStatementTree e
                && e.getExpression() instanceof com.sun.source.tree.AssignmentTree a
                && a.getVariable() instanceof IdentifierTree
                && h.equals(trees.getElement(new TreePath(new TreePath(statement, a), a.getVariable())));
    }

    /** {@code handles.add(spawn(..))}: the collection the result goes into. */
    private Element collectionOf(TreePath call) {
        TreePath parent = call.getParentPath();
        if (parent != null && parent.getLeaf() instanceof MethodInvocationTree add
                && add.getArguments().contains(call.getLeaf())) {
            return addTarget(parent);
        }
        return null;
    }

    /** {@code handles.add(h)} as a statement: the collection {@code h} goes into. */
    private Element addedTo(TreePath s, Element handle) {
        if (s.getLeaf() instanceof ExpressionStatementTree es && es.getExpression() instanceof MethodInvocationTree add
                && add.getArguments().size() == 1 && add.getArguments().get(0) instanceof IdentifierTree id) {
            TreePath addPath = new TreePath(s, add);
            if (handle.equals(trees.getElement(new TreePath(addPath, id)))) {
                return addTarget(addPath);
            }
        }
        return null;
    }

    private Element addTarget(TreePath addPath) {
        MethodInvocationTree add = (MethodInvocationTree) addPath.getLeaf();
        if (add.getMethodSelect() instanceof MemberSelectTree select
                && select.getIdentifier().contentEquals("add")
                && select.getExpression() instanceof IdentifierTree) {
            return trees.getElement(new TreePath(new TreePath(addPath, select), select.getExpression()));
        }
        return null;
    }

    private boolean joinsAll(TreePath s, Element collection) {
        if (s.getLeaf() instanceof EnhancedForLoopTree loop && TreeShapes.strip(loop.getExpression()) instanceof IdentifierTree
                && collection.equals(trees.getElement(TreeShapes.strip(new TreePath(s, loop.getExpression()))))) {
            Element each = trees.getElement(new TreePath(s, loop.getVariable()));
            return each != null && waitsBefore(new TreePath(s, loop.getStatement()), call -> waitsOnTask(call, each));
        }
        // handles.forEach(JoinHandle::join) or handles.forEach(h -> h.join())
        if (s.getLeaf() instanceof ExpressionStatementTree es && es.getExpression() instanceof MethodInvocationTree call
                && call.getMethodSelect() instanceof MemberSelectTree select
                && select.getIdentifier().contentEquals("forEach") && call.getArguments().size() == 1) {
            TreePath callPath = new TreePath(s, call);
            TreePath over = TreeShapes.strip(new TreePath(new TreePath(callPath, select), select.getExpression()));
            if (!(over.getLeaf() instanceof IdentifierTree) || !collection.equals(trees.getElement(over))) {
                return false;
            }
            TreePath arg = TreeShapes.strip(new TreePath(callPath, call.getArguments().get(0)));
            if (arg.getLeaf() instanceof MemberReferenceTree ref) {
                TypeMirror element = trees.getElement(arg) instanceof ExecutableElement m
                        && m.getEnclosingElement() != null ? m.getEnclosingElement().asType() : null;
                return element != null && waits.waitsForTask(element, ref.getName().toString(), 0);
            }
            if (arg.getLeaf() instanceof LambdaExpressionTree lambda && lambda.getParameters().size() == 1) {
                Element each = trees.getElement(new TreePath(arg, lambda.getParameters().get(0)));
                TreePath body = TreeShapes.strip(new TreePath(arg, lambda.getBody()));
                return body.getLeaf() instanceof MethodInvocationTree ? waitsOnTask(body, each)
                        : body.getLeaf() instanceof StatementTree && waitsBefore(body, c -> waitsOnTask(c, each));
            }
        }
        return false;
    }

    private static TreePath enclosingStatementInBlock(TreePath statement) {
        TreePath block = statement.getParentPath();
        // A bare block ({ stmt; }) is itself the statement of the block around it; an if's or a try's block
        // is held by the if or the try.
        return block == null || block.getParentPath() == null ? null : TreeShapes.statementInBlock(block);
    }

    private long end(CompilationUnitTree unit, Tree tree) {
        return positions.getEndPosition(unit, tree);
    }
}
