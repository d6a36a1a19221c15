package dev.fearless.checker.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

import dev.fearless.checker.finding.Skipped;
import dev.fearless.checker.tree.Declarations;
import dev.fearless.checker.tree.FunctionalMethods;
import dev.fearless.checker.tree.SourceLines;
import dev.fearless.checker.tree.TreeShapes;

/**
 * Stage 1: finds the calls in a class whose arguments cross to another thread: parameters marked
 * {@code @Send}/{@code @Sync} (read by qualified name, from source or class files) and the JDK's
 * boundaries ({@link JdkBoundaryTable}), matched through subtypes.
 */
public final class BoundaryFinder {
    private static final String SEND = "dev.fearless.marker.Send";
    private static final String SYNC = "dev.fearless.marker.Sync";

    private final Trees trees;
    private final Types types;
    private final Elements elements;
    private final JdkBoundaryTable table = JdkBoundaryTable.load();
    private final Map<String, TypeElement> owners = new HashMap<>();
    /** The table rows whose method name matches, per called name: most calls match none. */
    private final Map<String, List<JdkBoundaryTable.Row>> rowsByName = new HashMap<>();
    /** Per parameter type (its declaration): whether code passed there may cross (memoised: asked per argument). */
    private final Map<TypeElement, Boolean> crossesAsCode = new HashMap<>();
    private final StoredCode stored;
    private final FunctionalMethods functional;
    private final Declarations declarations;
    private final SourceLines lines;
    /** Per method with source: which of its parameters it hands to a boundary, and that boundary. */
    private final Map<ExecutableElement, Map<Integer, Boundary>> wrappers = new HashMap<>();
    private final java.util.Set<ExecutableElement> wrapping = new java.util.HashSet<>();
    private final RunsHere runsHere;
    private final ParallelStreams parallel;
    /** The threads of the class being searched that are never started. */
    private final List<Boundary.NotStarted> notStarted = new ArrayList<>();

    /** A boundary finder for one compilation; loads the JDK boundary table. */
    public BoundaryFinder(Trees trees, Types types, Elements elements, FunctionalMethods functional,
                          Declarations declarations, SourceLines lines) {
        this.declarations = declarations;
        this.lines = lines;
        this.trees = trees;
        this.types = types;
        this.elements = elements;
        this.functional = functional;
        this.stored = new StoredCode(trees, declarations);
        this.runsHere = new RunsHere(trees, types, elements, declarations, stored);
        this.parallel = new ParallelStreams(types, elements);
    }

    /**
     * The boundaries of one class, and the members that could not be searched.
     *
     * @param boundaries every boundary found, in source order
     * @param skipped    members whose search failed inside the checker
     * @param notStarted threads constructed with code but never started (no boundary)
     */
    public record Found(List<Boundary> boundaries, List<Skipped> skipped, List<Boundary.NotStarted> notStarted) {
    }

    /**
     * Every boundary in the class at {@code classPath}, in source order. A failure while searching one member
     * (method, field, initializer, nested class member) skips that member only.
     */
    public Found find(TreePath classPath) {
        stored.startClass();
        notStarted.clear();
        List<Boundary> found = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitMethod(com.sun.source.tree.MethodTree node, Void unused) {
                return guarded(node, Skipped.Part.METHOD, node.getName().toString(), () -> super.visitMethod(node, unused));
            }

            @Override
            public Void visitVariable(com.sun.source.tree.VariableTree node, Void unused) {
                if (!(getCurrentPath().getParentPath().getLeaf() instanceof com.sun.source.tree.ClassTree)) {
                    return super.visitVariable(node, unused);
                }
                return guarded(node, Skipped.Part.FIELD, node.getName().toString(), () -> super.visitVariable(node, unused));
            }

            @Override
            public Void visitBlock(com.sun.source.tree.BlockTree node, Void unused) {
                if (!(getCurrentPath().getParentPath().getLeaf() instanceof com.sun.source.tree.ClassTree)) {
                    return super.visitBlock(node, unused);
                }
                return guarded(node, Skipped.Part.INITIALIZER, "", () -> super.visitBlock(node, unused));
            }

            private Void guarded(com.sun.source.tree.Tree member, Skipped.Part part, String name,
                                 java.util.function.Supplier<Void> scan) {
                int before = found.size();
                int threadsBefore = notStarted.size();
                try {
                    return scan.get();
                } catch (RuntimeException | LinkageError | StackOverflowError e) {
                    found.subList(before, found.size()).clear(); // a member is searched whole or not at all
                    notStarted.subList(threadsBefore, notStarted.size()).clear();
                    skipped.add(new Skipped(member, part, name, 0, e));
                    return null;
                }
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                inspect(getCurrentPath(), node.getArguments(), node, found);
                threadStart(getCurrentPath(), node, found);
                streamedTasks(getCurrentPath(), node, found);
                return super.visitMethodInvocation(node, unused);
            }

            @Override
            public Void visitNewClass(NewClassTree node, Void unused) {
                inspect(getCurrentPath(), node.getArguments(), null, found);
                return super.visitNewClass(node, unused);
            }
        }.scan(classPath, null);
        return new Found(handedOutAgain(found), skipped, List.copyOf(notStarted));
    }

    /**
     * A local handed to a second boundary ({@code pool.submit(task); pool.submit(task);}) runs its code on two
     * threads at once: the first hand-off learns where the next one is.
     */
    private static List<Boundary> handedOutAgain(List<Boundary> found) {
        List<Boundary> out = new ArrayList<>(found);
        // From the end, so that each hand-off learns the next one of the same local in one pass.
        Map<VariableElement, Boundary> next = new HashMap<>();
        for (int i = found.size() - 1; i >= 0; i--) {
            Boundary b = found.get(i);
            Boundary.Stored s = b.stored();
            if (s == null) {
                continue;
            }
            if (s.variable() == null) {
                continue; // returned by a call: a new object each time
            }
            Boundary later = next.get(s.variable());
            if (s.again() == null && later != null && later.stored().reference().getLeaf() != s.reference().getLeaf()) {
                out.set(i, new Boundary(b.call(), b.argument(), b.kind(), b.target(), b.requirement(), b.effect(),
                        b.via(), s.withAgain(later.call())));
            }
            if (later == null || later.stored().reference().getLeaf() != s.reference().getLeaf()) {
                next.put(s.variable(), b);
            }
        }
        return out;
    }

    private void inspect(TreePath callPath, List<? extends ExpressionTree> args, MethodInvocationTree call,
                         List<Boundary> found) {
        Element e = trees.getElement(callPath);
        if (!(e instanceof ExecutableElement method) || args.isEmpty()) {
            return;
        }
        List<? extends VariableElement> params = method.getParameters();
        if (params.isEmpty()) {
            return;
        }
        if (!(method.getEnclosingElement() instanceof TypeElement owner)) {
            return; // a call javac made itself: LambdaMetafactory.metafactory in a tree it has already lowered
        }
        boolean constructor = method.getKind() == ElementKind.CONSTRUCTOR;
        for (int i = 0; i < args.size(); i++) {
            VariableElement param = params.get(Math.min(i, params.size() - 1));
            String marker = parameterMarker(param);
            if (marker != null) {
                String target = targetName(callPath, call, method, owner);
                boolean send = marker.equals(SEND);
                found.add(withStored(new Boundary(callPath, args.get(i),
                        send ? BoundaryKind.ONCE_ELSEWHERE : BoundaryKind.CONCURRENTLY, target,
                        new Boundary.Requirement.Marker(send, target),
                        send ? Boundary.Effect.Standard.RUNS_ELSEWHERE : Boundary.Effect.Standard.SHARED,
                        Boundary.Via.MARKER)));
                continue;
            }
            if (i == handOffIndex(method, owner) && !replacedByResult(callPath, args.get(i))) {
                String target = targetName(callPath, call, method, owner);
                found.add(withStored(new Boundary(callPath, args.get(i), BoundaryKind.ONCE_ELSEWHERE, target,
                        new Boundary.Requirement.Method(target), Boundary.Effect.Standard.HANDS_OFF,
                        Boundary.Via.HAND_OFF)));
                continue;
            }
            if (crossesAsCode(param.asType()) || namedTaskParameter(method, owner, constructor, param)) {
                JdkBoundaryTable.Row row = jdkRow(method, owner, constructor, param);
                if (row != null && constructor) {
                    java.util.Optional<Boundary.NotStarted> idle = runsHere.neverStarted(callPath);
                    if (idle.isPresent()) {
                        notStarted.add(idle.get());
                        return;
                    }
                }
                if (row != null && runsHere.runsOnCaller(callPath, call, method)) {
                    continue; // the code runs here, on the calling thread: no boundary
                }
                if (row != null) {
                    String target = targetName(callPath, call, method, owner);
                    found.add(withStored(new Boundary(callPath, args.get(i), row.kind(), target,
                            new Boundary.Requirement.Method(target), new Boundary.Effect.Cited(row.effect(), joined(row, method), row.completer()),
                            Boundary.Via.JDK)));
                } else if (call != null && parallel.isParallelStage(call, owner)) {
                    found.add(withStored(new Boundary(callPath, args.get(i), BoundaryKind.CONCURRENTLY,
                            targetName(callPath, call, method, owner),
                            new Boundary.Requirement.ParallelStream(method.getSimpleName().toString()),
                            Boundary.Effect.Standard.RUNS_ON_SEVERAL_THREADS, Boundary.Via.JDK)));
                } else {
                    Boundary inner = wrapped(method, Math.min(i, params.size() - 1));
                    if (inner != null) {
                        String target = targetName(callPath, call, method, owner);
                        found.add(withStored(new Boundary(callPath, args.get(i), inner.kind(), target,
                                new Boundary.Requirement.Wrapper(target, inner.requirement(),
                                        lines.line(inner.call().getCompilationUnit(), inner.call().getLeaf())),
                                inner.effect(), Boundary.Via.JDK)));
                    }
                }
            } else if (isCollection(param.asType())) {
                // invokeAll(List.of(() -> a(), () -> b())): each task in the collection crosses
                // List<Callable<T>> tasks = ..; tasks.add(() -> ..); invokeAll(tasks): each task added crosses
                JdkBoundaryTable.Row row = jdkRow(method, owner, constructor, param);
                if (row != null && args.get(i) instanceof MethodInvocationTree list) {
                    tasksOf(new TreePath(callPath, list), row, targetName(callPath, call, method, owner),
                            joined(row, method), found);
                } else if (row != null && TreeShapes.strip(args.get(i)) instanceof com.sun.source.tree.IdentifierTree) {
                    collectedTasks(callPath, TreeShapes.strip(new TreePath(callPath, args.get(i))), row,
                            targetName(callPath, call, method, owner), joined(row, method), found);
                }
            }
        }
    }

    private static final java.util.Set<String> HAND_OFFS =
            dev.fearless.checker.knowledge.JdkMethods.simple(dev.fearless.checker.knowledge.JdkMethods.Kind.HAND_OFF);

    /**
     * The index of the argument that {@code method} hands to whichever thread takes it (the element of
     * {@code put(e)}, {@code offer(e, timeout, unit)}, {@code exchange(x)}), or -1: a row of kind
     * {@code hand-off} in the JDK method table, on the owner or a subtype.
     */
    private int handOffIndex(ExecutableElement method, TypeElement owner) {
        if (!HAND_OFFS.contains(method.getSimpleName().toString()) || method.getParameters().isEmpty()
                || method.getModifiers().contains(Modifier.STATIC)) {
            return -1;
        }
        for (dev.fearless.checker.knowledge.JdkMethods.Row row : dev.fearless.checker.knowledge.JdkMethods.rows()) {
            if (row.kind() != dev.fearless.checker.knowledge.JdkMethods.Kind.HAND_OFF
                    || !row.methods().contains(method.getSimpleName().toString())) {
                continue;
            }
            TypeElement rowOwner = owners.computeIfAbsent(row.owner(), elements::getTypeElement);
            if (rowOwner != null && types.isSubtype(types.erasure(owner.asType()), types.erasure(rowOwner.asType()))) {
                // addFirst(e), put(e), offer(e, timeout, unit): the element is the first argument
                return 0;
            }
        }
        return -1;
    }

    /**
     * Whether the call's result replaces the handed-off variable at once ({@code buffer = exchanger.exchange(buffer)}):
     * the variable then names the value that came back, and nothing uses the one handed over.
     */
    private boolean replacedByResult(TreePath callPath, ExpressionTree argument) {
        TreePath parent = callPath.getParentPath();
        while (parent != null && parent.getLeaf() instanceof com.sun.source.tree.ParenthesizedTree) {
            parent = parent.getParentPath();
        }
        if (parent == null || !(parent.getLeaf() instanceof com.sun.source.tree.AssignmentTree assignment)) {
            return false;
        }
        Element target = trees.getElement(new TreePath(parent, assignment.getVariable()));
        Element handed = trees.getElement(TreeShapes.strip(new TreePath(callPath, argument)));
        return target != null && target.equals(handed);
    }

    /** The methods that put an element into a collection of tasks. */
    private static final java.util.Set<String> ADDS = java.util.Set.of("add", "addFirst", "addLast", "offer", "push",
            "addAll");

    /**
     * The tasks put into the local collection that {@code reference} names before it is handed to a boundary
     * ({@code tasks.add(() -> ..)} in the same body, or the local's initializer {@code List.of(..)}): each
     * crosses. A task added inside a loop that does not also hold the boundary call is one of many tasks
     * made from the same code and captured state, which the boundary runs at once.
     */
    private void collectedTasks(TreePath callPath, TreePath reference, JdkBoundaryTable.Row row, String target,
                                boolean joined, List<Boundary> found) {
        if (!(trees.getElement(reference) instanceof VariableElement collection)
                || collection.getKind() != ElementKind.LOCAL_VARIABLE) {
            return;
        }
        TreePath root = TreeShapes.bodyRoot(callPath);
        if (root == null) {
            return;
        }
        List<TreePath[]> added = new ArrayList<>(); // {the task's code, the call or declaration that adds it}
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitVariable(com.sun.source.tree.VariableTree node, Void unused) {
                if (collection.equals(trees.getElement(getCurrentPath())) && node.getInitializer() != null) {
                    TreePath init = TreeShapes.strip(new TreePath(getCurrentPath(), node.getInitializer()));
                    if (init.getLeaf() instanceof MethodInvocationTree factory) {
                        factory.getArguments().forEach(a -> task(init, a, getCurrentPath()));
                    }
                }
                return super.visitVariable(node, unused);
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                if (node.getMethodSelect() instanceof MemberSelectTree select
                        && ADDS.contains(select.getIdentifier().toString()) && !node.getArguments().isEmpty()
                        && collection.equals(trees.getElement(TreeShapes.strip(
                                new TreePath(new TreePath(getCurrentPath(), select), select.getExpression()))))) {
                    ExpressionTree last = node.getArguments().get(node.getArguments().size() - 1);
                    TreePath lastPath = TreeShapes.strip(new TreePath(getCurrentPath(), last));
                    if (select.getIdentifier().contentEquals("addAll")
                            && lastPath.getLeaf() instanceof MethodInvocationTree list) {
                        list.getArguments().forEach(a -> task(lastPath, a, getCurrentPath()));
                    } else {
                        task(getCurrentPath(), last, getCurrentPath());
                    }
                }
                return super.visitMethodInvocation(node, unused);
            }

            private void task(TreePath parent, ExpressionTree item, TreePath adding) {
                TreePath itemPath = TreeShapes.strip(new TreePath(parent, item));
                if (TreeShapes.isCode(itemPath.getLeaf())) {
                    added.add(new TreePath[] {itemPath, adding});
                } else {
                    Boundary.Stored s = stored.follow(parent, item);
                    if (s != null) {
                        added.add(new TreePath[] {s.code(), adding});
                    }
                }
            }
        }.scan(root, null);
        for (TreePath[] task : added) {
            boolean several = loopAroundOnly(task[1], callPath, root);
            Boundary.Effect each = new Boundary.Effect.Cited(row.effect(), joined);
            found.add(new Boundary(callPath, (ExpressionTree) task[0].getLeaf(),
                    several ? BoundaryKind.CONCURRENTLY : row.kind(), target, new Boundary.Requirement.Method(target),
                    several ? new Boundary.Effect.SeveralAtOnce(each) : each, Boundary.Via.JDK,
                    new Boundary.Stored(collection, task[0], reference, several ? callPath : null, task[1])));
        }
    }

    /** Whether a loop inside {@code root} holds {@code adding} but not {@code call}. */
    private static boolean loopAroundOnly(TreePath adding, TreePath call, TreePath root) {
        for (TreePath p = adding.getParentPath(); p != null && p.getLeaf() != root.getLeaf(); p = p.getParentPath()) {
            com.sun.source.tree.Tree t = p.getLeaf();
            if (t instanceof com.sun.source.tree.ClassTree || t instanceof com.sun.source.tree.LambdaExpressionTree) {
                return false;
            }
            if ((t instanceof com.sun.source.tree.ForLoopTree || t instanceof com.sun.source.tree.EnhancedForLoopTree
                    || t instanceof com.sun.source.tree.WhileLoopTree || t instanceof com.sun.source.tree.DoWhileLoopTree)
                    && !TreeShapes.within(call, t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the call returns only after its argument ran: a joined row, not an overload with a timeout. */
    private static boolean joined(JdkBoundaryTable.Row row, ExecutableElement method) {
        return row.joined() && method.getParameters().stream().map(p -> p.asType().toString())
                .noneMatch(t -> t.equals("java.util.concurrent.TimeUnit") || t.equals("java.time.Duration"));
    }

    /**
     * The tasks of a collection handed to a boundary ({@code invokeAll(List.of(a, b))}): each crosses. One
     * task that the collection holds several times ({@code Collections.nCopies(n, task)},
     * {@code List.of(task, task)}) runs on several threads at once (docs/model.md, "Thread boundaries").
     */
    private void tasksOf(TreePath listPath, JdkBoundaryTable.Row row, String target, boolean joined,
                         List<Boundary> found) {
        MethodInvocationTree list = (MethodInvocationTree) listPath.getLeaf();
        List<? extends ExpressionTree> items = list.getArguments();
        boolean copies = trees.getElement(listPath) instanceof ExecutableElement factory
                && factory.getSimpleName().contentEquals("nCopies")
                && factory.getEnclosingElement() instanceof TypeElement holder
                && holder.getQualifiedName().contentEquals("java.util.Collections");
        if (copies) {
            items = items.size() == 2 ? items.subList(1, 2) : List.of();
        }
        List<Object> seen = new ArrayList<>();
        List<Boundary> tasks = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        for (ExpressionTree task : items) {
            Boundary.Stored s = TreeShapes.isCode(task) ? null : stored.follow(listPath, task);
            if (!TreeShapes.isCode(task) && s == null) {
                continue;
            }
            Object key = s != null ? s.variable() : task;
            if (keys.contains(key)) {
                seen.add(key); // the same task again
                continue;
            }
            keys.add(key);
            tasks.add(new Boundary(listPath, s != null ? (ExpressionTree) s.code().getLeaf() : task, row.kind(), target,
                    new Boundary.Requirement.Method(target), new Boundary.Effect.Cited(row.effect(), joined),
                    Boundary.Via.JDK, s));
        }
        for (int k = 0; k < tasks.size(); k++) {
            Boundary b = tasks.get(k);
            if (copies || seen.contains(keys.get(k))) {
                b = new Boundary(b.call(), b.argument(), BoundaryKind.CONCURRENTLY, target, b.requirement(),
                        Boundary.Effect.Standard.RUNS_ON_SEVERAL_POOL_THREADS, Boundary.Via.JDK, b.stored());
            }
            found.add(b);
        }
    }

    /**
     * The boundary inside {@code method}'s body (source in this compilation) that its parameter {@code index}
     * crosses: the parameter itself is handed to it ({@code pool.submit(task)}), or code handed to it uses the
     * parameter ({@code pool.submit(() -> { try { task.run(); } finally { .. } })}). Such a method is a boundary
     * too, found with no annotation. {@code null} if there is none. Memoised; a method that reaches itself again
     * while being searched is no boundary on that path.
     */
    private Boundary wrapped(ExecutableElement method, int index) {
        Map<Integer, Boundary> known = wrappers.get(method);
        if (known == null) {
            if (!wrapping.add(method)) {
                return null;
            }
            try {
                known = findWrapped(method);
            } finally {
                wrapping.remove(method);
            }
            wrappers.put(method, known);
        }
        return known.get(index);
    }

    private Map<Integer, Boundary> findWrapped(ExecutableElement method) {
        Map<Integer, Boundary> out = new HashMap<>();
        TreePath declaration = declarations.of(method);
        if (declaration == null || !(declaration.getLeaf() instanceof com.sun.source.tree.MethodTree tree)
                || tree.getBody() == null) {
            return out;
        }
        List<? extends VariableElement> params = method.getParameters();
        List<Boundary> inner = new ArrayList<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(com.sun.source.tree.ClassTree node, Void unused) {
                return null;
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                inspect(getCurrentPath(), node.getArguments(), node, inner);
                return super.visitMethodInvocation(node, unused);
            }

            @Override
            public Void visitNewClass(NewClassTree node, Void unused) {
                inspect(getCurrentPath(), node.getArguments(), null, inner);
                return super.visitNewClass(node, unused);
            }
        }.scan(new TreePath(declaration, tree.getBody()), null);
        for (Boundary b : inner) {
            TreePath argument = TreeShapes.strip(b.argumentPath());
            for (int i = 0; i < params.size(); i++) {
                if (!out.containsKey(i) && uses(argument, params.get(i))) {
                    out.put(i, b);
                }
            }
        }
        return out;
    }

    /** Whether the tree at {@code path} names {@code variable}. */
    private boolean uses(TreePath path, VariableElement variable) {
        Boolean found = new TreePathScanner<Boolean, Void>() {
            @Override
            public Boolean visitIdentifier(com.sun.source.tree.IdentifierTree node, Void unused) {
                return variable.equals(trees.getElement(getCurrentPath()));
            }

            @Override
            public Boolean reduce(Boolean a, Boolean b) {
                return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
            }
        }.scan(path, null);
        return Boolean.TRUE.equals(found);
    }

    /** {@code boundary} with its argument followed to the code stored in the local it names, if it does. */
    private Boundary withStored(Boundary boundary) {
        if (TreeShapes.isCode(boundary.argument())) {
            return boundary;
        }
        Boundary.Stored s = stored.follow(boundary.call(), boundary.argument());
        return s == null ? boundary : new Boundary(boundary.call(), (ExpressionTree) s.code().getLeaf(), boundary.kind(),
                boundary.target(), boundary.requirement(), boundary.effect(), boundary.via(), s);
    }

    /** Stream stages that pass their elements on unchanged, between the stage that makes tasks and the end. */
    private static final java.util.Set<String> PASS_THROUGH = java.util.Set.of("filter", "peek", "limit", "skip",
            "sorted", "distinct", "parallel", "sequential", "unordered", "onClose", "takeWhile", "dropWhile");

    /**
     * Tasks that a stream makes and hands to a boundary: {@code items.stream().map(s -> (Runnable) () -> ..)
     * .forEach(pool::submit)} (or {@code .forEach(t -> pool.submit(t))}). The code the mapping function returns is
     * handed over once per element: several tasks made from it run at once.
     */
    private void streamedTasks(TreePath callPath, MethodInvocationTree node, List<Boundary> found) {
        if (!(node.getMethodSelect() instanceof MemberSelectTree select) || node.getArguments().size() != 1
                || !(select.getIdentifier().contentEquals("forEach") || select.getIdentifier().contentEquals("forEachOrdered"))
                || !(trees.getElement(callPath) instanceof ExecutableElement forEach)
                || !(forEach.getEnclosingElement() instanceof TypeElement stream)
                || !stream.getQualifiedName().toString().startsWith("java.util.stream.")) {
            return;
        }
        TreePath consumer = TreeShapes.strip(new TreePath(callPath, node.getArguments().get(0)));
        ExecutableElement target = null;
        TreePath targetPath = null;
        if (consumer.getLeaf() instanceof com.sun.source.tree.MemberReferenceTree
                && trees.getElement(consumer) instanceof ExecutableElement m) {
            target = m;
            targetPath = consumer;
        } else if (consumer.getLeaf() instanceof com.sun.source.tree.LambdaExpressionTree lambda
                && lambda.getParameters().size() == 1
                && lambda.getBodyKind() == com.sun.source.tree.LambdaExpressionTree.BodyKind.EXPRESSION
                && TreeShapes.strip((ExpressionTree) lambda.getBody()) instanceof MethodInvocationTree inner
                && inner.getArguments().size() == 1
                && TreeShapes.strip(inner.getArguments().get(0)) instanceof com.sun.source.tree.IdentifierTree id
                && id.getName().equals(lambda.getParameters().get(0).getName())) {
            TreePath innerPath = new TreePath(consumer, lambda.getBody());
            if (trees.getElement(TreeShapes.strip(innerPath)) instanceof ExecutableElement m) {
                target = m;
                targetPath = TreeShapes.strip(innerPath);
            }
        }
        if (target == null || target.getParameters().size() != 1
                || !(target.getEnclosingElement() instanceof TypeElement owner)) {
            return;
        }
        JdkBoundaryTable.Row row = jdkRow(target, owner, false, target.getParameters().get(0));
        if (row == null) {
            return;
        }
        // down the chain to the stage that makes the tasks
        TreePath stage = TreeShapes.strip(new TreePath(new TreePath(callPath, select), select.getExpression()));
        while (stage.getLeaf() instanceof MethodInvocationTree m && m.getMethodSelect() instanceof MemberSelectTree s
                && PASS_THROUGH.contains(s.getIdentifier().toString())) {
            stage = TreeShapes.strip(new TreePath(new TreePath(stage, s), s.getExpression()));
        }
        if (!(stage.getLeaf() instanceof MethodInvocationTree mapping) || mapping.getArguments().size() != 1
                || !(mapping.getMethodSelect() instanceof MemberSelectTree mapSelect)
                || !(mapSelect.getIdentifier().contentEquals("map") || mapSelect.getIdentifier().contentEquals("mapToObj"))) {
            return;
        }
        TreePath function = TreeShapes.strip(new TreePath(stage, mapping.getArguments().get(0)));
        if (!(function.getLeaf() instanceof com.sun.source.tree.LambdaExpressionTree maker)
                || maker.getBodyKind() != com.sun.source.tree.LambdaExpressionTree.BodyKind.EXPRESSION) {
            return;
        }
        TreePath code = new TreePath(function, maker.getBody());
        while (true) {
            code = TreeShapes.strip(code);
            if (code.getLeaf() instanceof com.sun.source.tree.TypeCastTree cast) {
                code = new TreePath(code, cast.getExpression());
            } else {
                break;
            }
        }
        if (!TreeShapes.isCode(code.getLeaf())) {
            return;
        }
        String name = targetName(targetPath, targetPath.getLeaf() instanceof MethodInvocationTree inv ? inv : null,
                target, owner);
        Boundary.Effect each = new Boundary.Effect.Cited(row.effect(), false);
        found.add(new Boundary(callPath, (ExpressionTree) code.getLeaf(), BoundaryKind.CONCURRENTLY, name,
                new Boundary.Requirement.Method(name), new Boundary.Effect.SeveralAtOnce(each), Boundary.Via.JDK,
                new Boundary.Stored(null, code, stage, null, null, Boundary.From.STREAMED)));
    }

    /** {@code new Worker(..).start()} or {@code worker.start()} on a subclass of {@code Thread}. */
    private void threadStart(TreePath callPath, MethodInvocationTree node, List<Boundary> found) {
        if (!node.getArguments().isEmpty() || !(node.getMethodSelect() instanceof MemberSelectTree select)
                || !select.getIdentifier().contentEquals("start")
                || !(trees.getElement(callPath) instanceof ExecutableElement method)
                || !(method.getEnclosingElement() instanceof TypeElement declaring)
                || !declaring.getQualifiedName().contentEquals("java.lang.Thread")) {
            return;
        }
        TypeMirror receiver = trees.getTypeMirror(new TreePath(new TreePath(callPath, select), select.getExpression()));
        if (receiver == null || receiver.getKind() != TypeKind.DECLARED) {
            return;
        }
        TypeElement type = (TypeElement) ((DeclaredType) receiver).asElement();
        if (type.getQualifiedName().contentEquals("java.lang.Thread")) {
            return;
        }
        String name = displayName(type, callPath);
        found.add(new Boundary(callPath, select.getExpression(), BoundaryKind.ONCE_ELSEWHERE, name + ".start",
                new Boundary.Requirement.Method(name + ".start"), new Boundary.Effect.RunsThreadBody(name),
                Boundary.Via.THREAD_START));
    }

    /**
     * How the diagnostics name the call: {@code ExecutorService.submit}, {@code new Thread}. Computed only for
     * a call found to be a boundary (it asks for the receiver's type); most calls are not.
     */
    private String targetName(TreePath callPath, MethodInvocationTree call, ExecutableElement method,
                              TypeElement owner) {
        if (method.getKind() == ElementKind.CONSTRUCTOR) {
            return "new " + displayName(owner, callPath);
        }
        String callee = call == null ? null : calleeName(callPath, call);
        return (callee != null ? callee : displayName(owner, callPath)) + "." + method.getSimpleName();
    }

    private JdkBoundaryTable.Row jdkRow(ExecutableElement method, TypeElement owner, boolean constructor,
                                        VariableElement param) {
        if (method.getModifiers().contains(Modifier.PRIVATE)) {
            return null;
        }
        String name = constructor ? "<init>" : method.getSimpleName().toString();
        for (JdkBoundaryTable.Row row : rowsByName.computeIfAbsent(name,
                n -> table.rows().stream().filter(r -> r.matchesName(n)).toList())) {
            if (!crosses(row, method, param)) {
                continue;
            }
            TypeElement rowOwner = owners.computeIfAbsent(row.owner(), elements::getTypeElement);
            if (rowOwner == null) {
                continue; // e.g. Thread.Builder when compiling against an older JDK
            }
            boolean matches = constructor
                    ? owner.equals(rowOwner)
                    : types.isSubtype(types.erasure(owner.asType()), types.erasure(rowOwner.asType()));
            if (matches) {
                return row;
            }
        }
        return null;
    }

    /**
     * A parameter whose type is no functional interface but that a row names as its task
     * ({@code CompletionHandler}, {@code Flow.Subscriber}, {@code ForkJoinTask}): the code handed there crosses.
     */
    private boolean namedTaskParameter(ExecutableElement method, TypeElement owner, boolean constructor,
                                       VariableElement param) {
        return table.namesTaskType(constructor ? "<init>" : method.getSimpleName().toString())
                && jdkRow(method, owner, constructor, param) != null
                && !isCollection(param.asType());
    }

    /**
     * Whether {@code param} of {@code method} is the one through which {@code row}'s argument crosses: the
     * overload is the row's ({@code first=}) and the parameter is the row's task type ({@code param=}), or,
     * with no task type, code ({@link #crossesAsCode}) or a collection of tasks ({@code invokeAll}).
     */
    boolean crosses(JdkBoundaryTable.Row row, ExecutableElement method, VariableElement param) {
        List<? extends VariableElement> params = method.getParameters();
        if (row.first() != null
                && (params.isEmpty() || !JdkBoundaryTable.Row.names(row.first(), erasedName(params.get(0).asType())))) {
            return false;
        }
        TypeMirror type = param.asType();
        if (type.getKind() == TypeKind.ARRAY && method.isVarArgs() && param.equals(params.get(params.size() - 1))) {
            type = ((javax.lang.model.type.ArrayType) type).getComponentType(); // invokeAll(ForkJoinTask<?>... tasks)
        }
        if (row.param() == null || row.paramExcluded()) {
            boolean excluded = row.param() != null && JdkBoundaryTable.Row.names(row.param(), erasedName(type));
            return !excluded && (crossesAsCode(type) || isCollection(type));
        }
        return JdkBoundaryTable.Row.names(row.param(), erasedName(type));
    }

    private String erasedName(TypeMirror type) {
        TypeMirror erased = types.erasure(type);
        return erased.getKind() == TypeKind.DECLARED
                ? ((TypeElement) ((DeclaredType) erased).asElement()).getQualifiedName().toString()
                : erased.toString();
    }

    private boolean isCollection(TypeMirror type) {
        TypeElement collection = owners.computeIfAbsent("java.util.Collection", elements::getTypeElement);
        return collection != null && type.getKind() == TypeKind.DECLARED
                && types.isSubtype(types.erasure(type), types.erasure(collection.asType()));
    }

    /** A parameter through which code crosses: a functional interface or a {@code Runnable} such as {@code TimerTask}. */
    private boolean crossesAsCode(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        return crossesAsCode.computeIfAbsent(element, this::computeCrossesAsCode);
    }

    private boolean computeCrossesAsCode(TypeElement element) {
        TypeElement runnable = owners.computeIfAbsent("java.lang.Runnable", elements::getTypeElement);
        if (runnable != null && types.isSubtype(types.erasure(element.asType()), types.erasure(runnable.asType()))) {
            return true;
        }
        return functional.isFunctional(element);
    }

    private static String parameterMarker(VariableElement param) {
        for (AnnotationMirror am : param.getAnnotationMirrors()) {
            String name = ((TypeElement) am.getAnnotationType().asElement()).getQualifiedName().toString();
            if (name.equals(SEND) || name.equals(SYNC)) {
                return name;
            }
        }
        return null;
    }

    /** The receiver's static type name for {@code x.m(..)}: users think of {@code pool.submit} as {@code ExecutorService.submit}. */
    private String calleeName(TreePath callPath, MethodInvocationTree node) {
        if (node.getMethodSelect() instanceof MemberSelectTree select) {
            TreePath selectPath = new TreePath(callPath, select);
            TypeMirror receiver = trees.getTypeMirror(new TreePath(selectPath, select.getExpression()));
            if (receiver != null && receiver.getKind() == TypeKind.DECLARED) {
                return displayName((TypeElement) ((DeclaredType) receiver).asElement(), callPath);
            }
        }
        return null;
    }

    /** {@code Outer.Inner} for a type of another file, {@code Inner} for one of the file being checked. */
    private String displayName(TypeElement type, TreePath from) {
        TypeElement top = type;
        while (top.getEnclosingElement() instanceof TypeElement outer) {
            top = outer;
        }
        TreePath topPath = top == type ? null : trees.getPath(top);
        if (topPath != null && topPath.getCompilationUnit() == from.getCompilationUnit()) {
            return type.getSimpleName().toString();
        }
        return nestedSimpleName(type);
    }

    private static String nestedSimpleName(TypeElement type) {
        Element enclosing = type.getEnclosingElement();
        if (enclosing instanceof TypeElement outer) {
            return nestedSimpleName(outer) + "." + type.getSimpleName();
        }
        return type.getSimpleName().toString();
    }
}
