package dev.fearless.checker.borrow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

import dev.fearless.checker.boundary.Boundary;
import dev.fearless.checker.capture.Capture;
import dev.fearless.checker.finding.Finding;
import dev.fearless.checker.verdict.Cause;
import dev.fearless.checker.verdict.Failure;
import dev.fearless.checker.summary.MethodSummaries;
import dev.fearless.checker.tree.Declarations;
import dev.fearless.checker.tree.TreeShapes;
import dev.fearless.checker.verdict.VerdictEngine;

/**
 * Stage 4, Rust's borrow rule for captured locals that are Send but not Sync: many readers or one writer.
 * A value may be shared read-only, moved (the spawning code never touches it again), or used again once
 * the thread is joined; otherwise, if one side changes it while the other can reach it, it is a race.
 * Values whose reads change them may only be moved.
 *
 * <p>Implementation notes: "later" is decided on the tree, not on a control-flow graph, and errs towards
 * silence: a use counts as later only if it comes after the boundary in the source, is not in another
 * branch of an {@code if}, {@code switch} or {@code ?:} than the boundary, and the boundary's own block
 * does not {@code return} or {@code throw} after it. A loop around the boundary that starts after the
 * variable was declared hands the same value out on every iteration.
 */
public final class BorrowChecker {
    private final Trees trees;
    private final SourcePositions positions;
    private final MutationFinder mutations;
    private final JoinFinder joins;
    private final Initializers initializers;
    private final MethodSummaries summaries;
    private final boolean strict;

    /** What the borrow stage learns about one class while checking it: the use sites of each body. */
    public static final class ClassScope {
        private final Map<Tree, UseSites> sites = new IdentityHashMap<>();

        private ClassScope() {
        }

        private final Map<VariableElement, List<TreePath>> changes = new HashMap<>();

        UseSites sites(TreePath root, Trees trees) {
            return sites.computeIfAbsent(root.getLeaf(), k -> UseSites.of(root, trees));
        }

        /** The uses of {@code v} that change its value, in source order (asked once per variable, not per boundary). */
        List<TreePath> changesOf(VariableElement v, List<TreePath> uses,
                                 java.util.function.Function<TreePath, Optional<TreePath>> change) {
            return changes.computeIfAbsent(v, k -> uses.stream().filter(u -> change.apply(u).isPresent()).toList());
        }
    }

    /**
     * A borrow stage for one compilation, judging types with {@code engine}; with {@code strict}, passing the
     * value to a method or calling an unknown method on it counts as a possible change.
     */
    public BorrowChecker(Trees trees, VerdictEngine engine, Types types, Elements elements,
                         Declarations declarations, MethodSummaries summaries, boolean strict) {
        this.strict = strict;
        this.trees = trees;
        this.initializers = new Initializers(trees, engine, declarations);
        this.positions = trees.getSourcePositions();
        this.mutations = new MutationFinder(trees, engine, summaries);
        this.summaries = summaries;
        this.joins = new JoinFinder(trees, types, elements);
    }

    /** A fresh scope for checking one class. */
    public ClassScope newClassScope() {
        return new ClassScope();
    }

    /**
     * The race, if any, for {@code capture}, whose type is not Sync because of {@code notSync}; {@code scope}
     * is the class being checked.
     */
    public Optional<Finding> check(Capture capture, Failure notSync, ClassScope classScope) {
        Cause cause = notSync.cause();
        Boundary boundary = capture.boundary();
        CompilationUnitTree unit = boundary.call().getCompilationUnit();
        if (capture.kind() == Capture.Kind.FIELD) {
            return Optional.empty(); // fields are the field stage's
        }
        if (capture.variable() == null) {
            return Optional.empty();
        }
        TreePath scope = TreeShapes.bodyRoot(boundary.call());
        if (scope != null && initializers.sharesSafely(capture.variable(), classScope.sites(scope, trees))) {
            return Optional.empty(); // e.g. Map m = new ConcurrentHashMap<>(), List l = List.of(..)
        }
        if (capture.kind() == Capture.Kind.ARGUMENT) {
            return checkArgument(capture, notSync, unit, classScope);
        }
        Optional<TreePath> changedInside = capture.uses().stream().filter(u -> !LockRegions.guarded(u))
                .map(this::change).flatMap(Optional::stream).findFirst();
        Optional<TreePath> changeUse = capture.uses().stream()
                .filter(u -> !LockRegions.guarded(u) && change(u).isPresent()).findFirst();
        if (boundary.kind().sharesCaptures()) { // CONCURRENTLY, and ONCE_PER_THREAD, whose threads share them
            // range(0, n).parallel().forEach(i -> out[i] = ..): each invocation stores into its own element
            changeUse = capture.uses().stream().filter(u -> !LockRegions.guarded(u) && change(u).isPresent()
                    && !ElementPerIteration.storesOwnElementOfRange(u, boundary.argument(), boundary.call(), trees))
                    .findFirst();
            changedInside = changeUse.flatMap(this::change);
            if (cause.neverShareable() || changeUse.isEmpty()) {
                return Optional.empty(); // never-shareable values are the type judge's F0277
            }
            return race(capture, Finding.RaceKind.CHANGED_CONCURRENTLY, changeUse.get(), changedInside, Optional.empty(), notSync);
        }
        TreePath root = TreeShapes.bodyRoot(boundary.call());
        if (root == null) {
            return Optional.empty();
        }
        UseSites index = classScope.sites(root, trees);
        Optional<TreePath> handedAgain = handedOutAgain(boundary, unit, index);
        if (handedAgain.isPresent() && changeUse.isPresent() && !cause.neverShareable()) {
            // pool.submit(task); pool.submit(task): two runs of the same code change the value at once
            return race(capture, Finding.RaceKind.CHANGED_CONCURRENTLY, changeUse.get(), changedInside, Optional.empty(), notSync);
        }
        long declared = index.declaredAt(capture.variable());
        if (declared < 0 && boundary.stored() != null && boundary.stored().from() != Boundary.From.LOCAL) {
            // a local of another body (a method that returned the code, a constructor that stored it in a field):
            // made there, not reachable from here
            return Optional.empty();
        }
        long argStart = start(unit, boundary.argument());
        long argEnd = end(unit, boundary.argument());
        Set<Tree> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        capture.uses().forEach(u -> inside.add(u.getLeaf())); // a local class's body lies outside the argument
        List<Tree> dependent = joins.dependentStages(boundary.call());
        // A use by the spawning code: outside the boundary's code and its dependent stages, not under a lock.
        java.util.function.Predicate<TreePath> outside = u -> {
            long p = start(unit, u.getLeaf());
            return (p < argStart || p >= argEnd) && !inside.contains(u.getLeaf()) && !LockRegions.guarded(u)
                    && !within(p, dependent, unit);
        };
        List<TreePath> regionUses = index.regionUsesOf(capture.variable(), unit, positions);
        List<TreePath> changes = classScope.changesOf(capture.variable(), regionUses, this::change);
        JoinFinder.Joined joined = joins.joinedAfter(boundary, index);
        TreePath loop = loopAround(boundary.call(), declared, unit);
        long afterPoint = end(unit, boundary.call().getLeaf());
        if (loop != null) {
            Optional<TreePath> loopLine = Optional.of(loop);
            if (cause.neverShareable()) {
                return race(capture, Finding.RaceKind.MOVED_IN_LOOP, capture.firstUse(), Optional.empty(),
                        loopLine, notSync);
            }
            // Stores at this iteration's own index (out[id] = f(id)) touch an element no other thread touches.
            Optional<TreePath> sharedChange = capture.uses().stream()
                    .filter(u -> !LockRegions.guarded(u) && change(u).isPresent()
                            && !ElementPerIteration.storesOwnElement(u, loop, boundary.call(), trees))
                    .findFirst();
            if (sharedChange.isPresent()) {
                return race(capture, Finding.RaceKind.CHANGED_IN_LOOP, sharedChange.get(), change(sharedChange.get()),
                        loopLine, notSync);
            }
            long loopStart = start(unit, loop.getLeaf());
            long loopEnd = end(unit, loop.getLeaf());
            for (TreePath u : changes) {
                long p = start(unit, u.getLeaf());
                if (p >= loopStart && p < loopEnd && outside.test(u)) {
                    return race(capture, Finding.RaceKind.CHANGED_IN_LOOP, u, change(u), loopLine,
                            notSync);
                }
            }
            afterPoint = loopEnd;
        }
        long after = afterPoint;
        // A later use: after the boundary (and its loop), before a join, on a path that passed the boundary.
        java.util.function.Predicate<TreePath> later = u -> {
            long p = start(unit, u.getLeaf());
            return p >= after && !joined.covers(p) && outside.test(u)
                    && reachableAfter(boundary.call(), u);
        };
        if (cause.neverShareable() || changeUse.isPresent()) {
            // The other thread may change it (or reading it changes it): any later use races.
            for (TreePath u : regionUses) {
                if (later.test(u)) {
                    return race(capture, Finding.RaceKind.USED_AFTER_MOVE, u, changedInside, Optional.empty(),
                            notSync);
                }
            }
            return Optional.empty(); // moved, or shared until a join
        }
        for (TreePath u : changes) {
            if (later.test(u)) {
                return race(capture, Finding.RaceKind.CHANGED_WHILE_SHARED, u, change(u), Optional.empty(), notSync);
            }
        }
        return Optional.empty(); // both sides only read
    }

    /**
     * A field the task reads, changed by the code that started the task after the hand-off (and before a join),
     * directly ({@code names.add(..)}) or through a method of the same object ({@code load(k, v)}, which puts
     * into the map): Rust's borrow rule for a {@code &HashMap} held by the thread while the spawning code takes a
     * {@code &mut}. {@code notSync} says why the field's type is not Sync. Only changes of the object's own field
     * count ({@code this.entries}, a static field of the class); a change under a lock, or inside other code
     * handed elsewhere (a lambda, a class), is not the spawning code's.
     */
    public Optional<Finding> changedAfterHandOff(Capture capture, Failure notSync, ClassScope classScope) {
        VariableElement field = capture.variable();
        Boundary boundary = capture.boundary();
        if (field == null || capture.kind() != Capture.Kind.FIELD || notSync.cause().neverShareable()
                || field.getSimpleName().contentEquals("this") || field.getSimpleName().contentEquals("super")
                || capture.uses().isEmpty()) {
            return Optional.empty();
        }
        boolean isStatic = field.getModifiers().contains(javax.lang.model.element.Modifier.STATIC);
        if (!isStatic && !sameObjectCode(boundary.call(), field)) {
            return Optional.empty();
        }
        TreePath root = TreeShapes.bodyRoot(boundary.call());
        if (root == null) {
            return Optional.empty();
        }
        CompilationUnitTree unit = boundary.call().getCompilationUnit();
        UseSites index = classScope.sites(root, trees);
        JoinFinder.Joined joined = joins.joinedAfter(boundary, index);
        TreePath loop = loopAround(boundary.call(), -1, unit);
        long argStart = start(unit, boundary.argument());
        long argEnd = end(unit, boundary.argument());
        long after = loop != null ? end(unit, loop.getLeaf()) : end(unit, boundary.call().getLeaf());
        long loopStart = loop != null ? start(unit, loop.getLeaf()) : Long.MAX_VALUE;
        List<Tree> dependent = joins.dependentStages(boundary.call());
        java.util.function.Predicate<TreePath> racing = u -> {
            long p = start(unit, u.getLeaf());
            boolean placed = p >= after || p >= loopStart && p < after && (p < argStart || p >= argEnd);
            return placed && !joined.covers(p) && !within(p, dependent, unit) && !LockRegions.guarded(u)
                    && reachableAfter(boundary.call(), u);
        };
        Finding[] found = new Finding[1];
        new com.sun.source.util.TreePathScanner<Void, Void>() {
            @Override
            public Void scan(Tree tree, Void unused) {
                return found[0] != null || tree == boundary.argument() ? null : super.scan(tree, unused);
            }

            @Override
            public Void visitLambdaExpression(com.sun.source.tree.LambdaExpressionTree node, Void unused) {
                return null; // code handed elsewhere, judged where it crosses
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                return null;
            }

            @Override
            public Void visitIdentifier(com.sun.source.tree.IdentifierTree node, Void unused) {
                if (field.equals(trees.getElement(getCurrentPath()))) {
                    directChange(getCurrentPath());
                }
                return null;
            }

            @Override
            public Void visitMemberSelect(com.sun.source.tree.MemberSelectTree node, Void unused) {
                if (field.equals(trees.getElement(getCurrentPath())) && ownReceiver(node.getExpression())) {
                    directChange(getCurrentPath());
                }
                return super.visitMemberSelect(node, unused);
            }

            @Override
            public Void visitMethodInvocation(com.sun.source.tree.MethodInvocationTree node, Void unused) {
                TreePath here = getCurrentPath();
                javax.lang.model.element.ExecutableElement callee = summaries.sameObjectOrStatic(here);
                if (callee != null && racing.test(here)) {
                    for (MethodSummaries.Touch t : summaries.of(callee).touches()) {
                        if (t.field().equals(field) && !LockRegions.guarded(t.use())
                                && t.calls().stream().noneMatch(LockRegions::guarded)
                                && !FieldChecker.insideCode(t.calls().isEmpty() ? t.use() : t.calls().get(0))) {
                            Optional<TreePath> change = mutations.mutation(t.use());
                            if (change.isPresent()) {
                                found[0] = race(capture, Finding.RaceKind.CHANGED_WHILE_SHARED, here, change,
                                        Optional.empty(), notSync).orElseThrow();
                                return null;
                            }
                        }
                    }
                }
                return super.visitMethodInvocation(node, unused);
            }

            private void directChange(TreePath use) {
                if (found[0] == null && racing.test(use)) {
                    Optional<TreePath> change = mutations.mutation(use);
                    if (change.isPresent()) {
                        found[0] = race(capture, Finding.RaceKind.CHANGED_WHILE_SHARED, use, change,
                                Optional.empty(), notSync).orElseThrow();
                    }
                }
            }

            private boolean ownReceiver(com.sun.source.tree.ExpressionTree expression) {
                Tree e = TreeShapes.strip(expression);
                if (e instanceof com.sun.source.tree.IdentifierTree id) {
                    return id.getName().contentEquals("this") || isStatic;
                }
                return e instanceof com.sun.source.tree.MemberSelectTree s
                        && (s.getIdentifier().contentEquals("this") || isStatic);
            }
        }.scan(root, null);
        return Optional.ofNullable(found[0]);
    }

    /** Whether {@code call} runs in an instance method (or constructor, initializer) of the field's class. */
    private boolean sameObjectCode(TreePath call, VariableElement field) {
        for (TreePath p = call.getParentPath(); p != null; p = p.getParentPath()) {
            Tree t = p.getLeaf();
            if (t instanceof com.sun.source.tree.LambdaExpressionTree) {
                continue;
            }
            if (t instanceof com.sun.source.tree.MethodTree m) {
                if (m.getModifiers().getFlags().contains(javax.lang.model.element.Modifier.STATIC)) {
                    return false;
                }
            } else if (t instanceof ClassTree) {
                return field.getEnclosingElement().equals(trees.getElement(p));
            }
        }
        return false;
    }

    /**
     * The next boundary that hands out the same stored code while this run may still go on: none when the
     * first run is joined before it ({@code pool.submit(task).get(); pool.submit(task);}).
     */
    private Optional<TreePath> handedOutAgain(Boundary boundary, CompilationUnitTree unit, UseSites index) {
        if (boundary.stored() == null || boundary.stored().again() == null) {
            return Optional.empty();
        }
        TreePath again = boundary.stored().again();
        JoinFinder.Joined joined = joins.joinedAfter(boundary, index);
        if (joined.covers(start(unit, again.getLeaf()))) {
            return Optional.empty();
        }
        return Optional.of(again);
    }

    /** A known change, or with {@code strict} a possible one. */
    private Optional<TreePath> change(TreePath use) {
        Optional<TreePath> known = mutations.mutation(use);
        return known.isPresent() || !strict ? known : mutations.possibleChange(use);
    }

    /**
     * A variable passed to a {@code @Send} parameter is moved: the receiver may change it, so any later use
     * races. One passed to a {@code @Sync} parameter is shared: a later change races.
     */
    private Optional<Finding> checkArgument(Capture capture, Failure notSync, CompilationUnitTree unit,
                                           ClassScope scope) {
        Boundary boundary = capture.boundary();
        boolean moved = !boundary.kind().sharesCaptures();
        TreePath root = TreeShapes.bodyRoot(boundary.call());
        if (root == null) {
            return Optional.empty();
        }
        UseSites index = scope.sites(root, trees);
        TreePath loop = loopAround(boundary.call(), index.declaredAt(capture.variable()), unit);
        long callEnd = end(unit, boundary.call().getLeaf());
        // `batch = new ArrayList<>()` after the call binds the name to a fresh value: the moved one is out of
        // reach from here on (only an argument can be rebound; a captured local is effectively final).
        long reboundAt = index.usesOf(capture.variable()).stream()
                .filter(u -> start(unit, u.getLeaf()) >= callEnd && rebinds(u))
                .mapToLong(u -> start(unit, u.getLeaf())).min().orElse(Long.MAX_VALUE);
        if (loop != null && moved && reboundAt < end(unit, loop.getLeaf())) {
            loop = null; // every iteration sends the value it made, then makes a new one
        }
        if (loop != null && moved) {
            return race(capture, Finding.RaceKind.MOVED_IN_LOOP, capture.firstUse(), Optional.empty(),
                    Optional.of(loop), notSync);
        }
        long afterPoint = loop != null ? end(unit, loop.getLeaf()) : end(unit, boundary.call().getLeaf());
        JoinFinder.Joined joined = joins.joinedAfter(boundary, index);
        for (TreePath u : index.usesOf(capture.variable())) {
            long p = start(unit, u.getLeaf());
            if (p >= reboundAt) {
                break;
            }
            if (p < afterPoint || joined.covers(p) || !reachableAfter(boundary.call(), u)) {
                continue;
            }
            if (moved) {
                return race(capture, Finding.RaceKind.USED_AFTER_MOVE, u, Optional.empty(), Optional.empty(), notSync);
            }
            Optional<TreePath> change = change(u);
            if (change.isPresent()) {
                return race(capture, Finding.RaceKind.CHANGED_WHILE_SHARED, u, change, Optional.empty(), notSync);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code use} is the target of a plain assignment statement ({@code x = ..;}), not a read. */
    private static boolean rebinds(TreePath use) {
        TreePath parent = use.getParentPath();
        return parent.getLeaf() instanceof AssignmentTree a && a.getVariable() == use.getLeaf()
                && parent.getParentPath().getLeaf() instanceof ExpressionStatementTree;
    }

    private Optional<Finding> race(Capture capture, Finding.RaceKind kind, TreePath at, Optional<TreePath> change,
                                   Optional<TreePath> loopLine, Failure notSync) {
        boolean certain = change.map(mutations::isKnownChange).orElse(true);
        return Optional.of(new Finding.Race(capture, kind, at, change, loopLine, Optional.of(notSync), certain));
    }

    /** The outermost loop around {@code call} that starts after the variable's declaration. */
    private TreePath loopAround(TreePath call, long declared, CompilationUnitTree unit) {
        TreePath found = null;
        for (TreePath p = call.getParentPath(); p != null && !(p.getLeaf() instanceof ClassTree); p = p.getParentPath()) {
            Tree t = p.getLeaf();
            boolean loop = t instanceof ForLoopTree || t instanceof EnhancedForLoopTree
                    || t instanceof WhileLoopTree || t instanceof DoWhileLoopTree d && !runsOnce(d);
            if (loop && start(unit, t) > declared) {
                found = p;
            }
        }
        return found;
    }

    /** {@code do { .. } while (false);}: a block that runs once, written as a loop to break out of. */
    private static boolean runsOnce(DoWhileLoopTree loop) {
        return TreeShapes.strip(loop.getCondition()) instanceof com.sun.source.tree.LiteralTree literal
                && Boolean.FALSE.equals(literal.getValue());
    }

    /** Whether control can reach {@code use} after passing {@code call}, judged on the tree. */
    private boolean reachableAfter(TreePath call, TreePath use) {
        List<Tree> callChain = chain(call);
        List<Tree> useChain = chain(use);
        int i = 0;
        while (i < callChain.size() && i < useChain.size() && callChain.get(i) == useChain.get(i)) {
            i++;
        }
        if (i == 0 || i >= callChain.size() || i >= useChain.size()) {
            return true;
        }
        Tree common = callChain.get(i - 1);
        Tree callSide = callChain.get(i);
        Tree useSide = useChain.get(i);
        if (common instanceof IfTree || common instanceof ConditionalExpressionTree) {
            if (callSide != useSide && !isCondition(common, callSide)) {
                return false; // then versus else
            }
        }
        if (callSide instanceof CaseTree && useSide instanceof CaseTree) {
            return false; // different cases of one switch
        }
        // The boundary's own blocks, below the common ancestor, must not return or throw after it.
        for (int k = i; k < callChain.size() - 1; k++) {
            if (callChain.get(k) instanceof BlockTree block) {
                Tree child = callChain.get(k + 1);
                List<? extends StatementTree> statements = block.getStatements();
                int index = statements.indexOf(child);
                for (int s = index + 1; index >= 0 && s < statements.size(); s++) {
                    if (statements.get(s) instanceof ReturnTree || statements.get(s) instanceof ThrowTree) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean isCondition(Tree branching, Tree child) {
        if (branching instanceof IfTree t) {
            return child == t.getCondition();
        }
        return child == ((ConditionalExpressionTree) branching).getCondition();
    }

    /** The trees from the compilation unit down to {@code path}'s leaf. */
    private static List<Tree> chain(TreePath path) {
        List<Tree> out = new ArrayList<>();
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            out.add(0, p.getLeaf());
        }
        return out;
    }

    private boolean within(long position, List<Tree> trees, CompilationUnitTree unit) {
        for (Tree t : trees) {
            if (position >= start(unit, t) && position < end(unit, t)) {
                return true;
            }
        }
        return false;
    }

    private long start(CompilationUnitTree unit, Tree tree) {
        return positions.getStartPosition(unit, tree);
    }

    private long end(CompilationUnitTree unit, Tree tree) {
        return positions.getEndPosition(unit, tree);
    }
}
