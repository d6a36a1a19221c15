package dev.fearless.checker.borrow;

import java.util.Optional;

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

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

import dev.fearless.checker.capture.Capture;
import dev.fearless.checker.finding.Finding;
import dev.fearless.checker.summary.MethodSummaries;
import dev.fearless.checker.tree.Declarations;
import dev.fearless.checker.verdict.Failure;
import dev.fearless.checker.verdict.Property;
import dev.fearless.checker.verdict.Verdict;
import dev.fearless.checker.verdict.VerdictEngine;

/**
 * Stage 4 for fields: a field touched by code on another thread stays reachable from the spawning thread
 * (through {@code this}) or from every thread (static), so it is always shared. Reading a final field is
 * fine; a volatile field of an immutable value may be read and assigned (a stop flag), but a compound update
 * ({@code count++}) is a race; assigning any other non-final field, or changing a field whose type is not
 * Sync through it, is shared mutable state. Fields annotated {@code @GuardedBy} are the author's promise.
 */
public final class FieldChecker {
    private final Trees trees;
    private final VerdictEngine engine;
    private final MutationFinder mutations;
    private final Initializers initializers;
    private final Declarations declarations;
    private final MethodSummaries summaries;
    private final java.util.function.BiPredicate<Capture, Failure> contentsSafe;

    /** A field stage for one compilation, judging types with {@code engine}. */
    public FieldChecker(Trees trees, VerdictEngine engine, Declarations declarations, MethodSummaries summaries) {
        this(trees, engine, declarations, summaries, (capture, failure) -> false);
    }

    /**
     * A field stage that also asks {@code contentsSafe} whether a field's type fails only because of what it
     * holds, while every value stored there is safe to share.
     */
    public FieldChecker(Trees trees, VerdictEngine engine, Declarations declarations, MethodSummaries summaries,
                        java.util.function.BiPredicate<Capture, Failure> contentsSafe) {
        this.contentsSafe = contentsSafe;
        this.trees = trees;
        this.engine = engine;
        this.mutations = new MutationFinder(trees, engine, summaries);
        this.summaries = summaries;
        this.initializers = new Initializers(trees, engine, declarations);
        this.declarations = declarations;
    }

    /** The race, if any, in how the boundary's code uses the field {@code capture}. */
    public Optional<Finding> check(Capture capture) {
        VariableElement field = capture.variable();
        if (field.getModifiers().contains(Modifier.FINAL) && field.asType().getKind().isPrimitive()) {
            return Optional.empty(); // nothing can store into it or change it once the object is built
        }
        if (guarded(field)) {
            return Optional.empty();
        }
        if (confinedToOneThread(capture)) {
            return Optional.empty();
        }
        Optional<TypeMirror> held = initializers.valueType(field, null);
        if (held.isPresent() && engine.judge(held.get(), Property.SEND) instanceof Verdict.Fails f) {
            // Random random = ThreadLocalRandom.current(): the value belongs to the thread that made it
            return Optional.of(new Finding.CannotCross(capture, f.failure(), Optional.empty()));
        }
        Optional<Failure> notSync = typeNotSync(capture);
        boolean isVolatile = field.getModifiers().contains(Modifier.VOLATILE);
        for (TreePath use : capture.uses()) {
            if (LockRegions.guarded(capture, use)) {
                continue;
            }
            Optional<TreePath> store = MutationFinder.storedInto(use);
            if (store.isPresent()) {
                boolean plainAssignment = store.get().getLeaf() instanceof AssignmentTree;
                if (isVolatile && plainAssignment) {
                    continue; // a volatile flag, or a value published whole (what it holds is judged where it is used)
                }
                Finding.RaceKind kind = isVolatile && !plainAssignment
                        ? Finding.RaceKind.VOLATILE_COMPOUND : Finding.RaceKind.FIELD_WRITTEN;
                return Optional.of(new Finding.Race(capture, kind, capture.pointAt(use), store, Optional.empty(), notSync));
            }
            Optional<TreePath> change = mutations.mutation(use);
            if (change.isPresent()) {
                Optional<Failure> changed = changedNotSync(use, change.get(), notSync);
                if (changed.isPresent()) {
                    return Optional.of(new Finding.Race(capture, Finding.RaceKind.FIELD_CHANGED, capture.pointAt(use), change,
                            Optional.empty(), changed));
                }
            }
        }
        return notSync.isPresent() ? changedByExposedMethod(capture, notSync) : Optional.empty();
    }

    /**
     * Why the field's type makes a change of it while the task reads it a race, or empty where it does not:
     * a final primitive, a field guarded by an annotation or confined to one executor's thread, a field whose
     * every value is shared safely, a Sync type, a container of safe values.
     */
    public Optional<Failure> notSync(Capture capture) {
        VariableElement field = capture.variable();
        if (field.getModifiers().contains(Modifier.FINAL) && field.asType().getKind().isPrimitive()
                || guarded(field) || confinedToOneThread(capture)) {
            return Optional.empty();
        }
        return typeNotSync(capture);
    }

    /** Why the field's values are not Sync: its type, unless every value stored is shared safely. */
    private Optional<Failure> typeNotSync(Capture capture) {
        if (initializers.sharesSafely(capture.variable(), null)) {
            return Optional.empty();
        }
        if (engine.judge(capture.type(), Property.SYNC) instanceof Verdict.Fails f
                && !contentsSafe.test(capture, f.failure())) { // a concurrent map of immutable lists is safe
            return Optional.of(f.failure());
        }
        return Optional.empty();
    }

    /**
     * A field the task only reads, while a method of the class that starts the task changes it: a method that is
     * not private (any holder of the object may call it while the task runs), outside the constructors and
     * initializers, which run before. Rust's rule: a shared {@code &HashMap} cannot coexist with a {@code &mut}.
     * Both sides under a lock, the task's read or the change, is the author's protected state; a change inside
     * code handed elsewhere (another lambda) is that code's boundary's to judge.
     */
    private Optional<Finding> changedByExposedMethod(Capture capture, Optional<Failure> notSync) {
        VariableElement field = capture.variable();
        if (field.getSimpleName().contentEquals("this") || field.getSimpleName().contentEquals("super")
                || !(field.getEnclosingElement() instanceof javax.lang.model.element.TypeElement holder)
                || !startedWithin(capture.boundary().call(), holder)) {
            return Optional.empty();
        }
        TreePath read = null;
        for (TreePath use : capture.uses()) {
            if (!LockRegions.guarded(capture, use)) {
                read = use;
                break;
            }
        }
        if (read == null) {
            return Optional.empty();
        }
        javax.lang.model.element.ExecutableElement spawning = enclosingMethod(capture.boundary().call());
        for (javax.lang.model.element.ExecutableElement m
                : javax.lang.model.util.ElementFilter.methodsIn(holder.getEnclosedElements())) {
            java.util.Set<Modifier> modifiers = m.getModifiers();
            if (modifiers.contains(Modifier.PRIVATE) || modifiers.contains(Modifier.SYNCHRONIZED) || m.equals(spawning)
                    || modifiers.contains(Modifier.STATIC) != field.getModifiers().contains(Modifier.STATIC)) {
                continue;
            }
            for (MethodSummaries.Touch t : summaries.of(m).touches()) {
                if (!t.field().equals(field) || LockRegions.guarded(t.use())
                        || t.calls().stream().anyMatch(LockRegions::guarded)
                        || insideCode(t.calls().isEmpty() ? t.use() : t.calls().get(0))) {
                    continue;
                }
                Optional<TreePath> change = mutations.mutation(t.use());
                if (change.isPresent() && changedNotSync(t.use(), change.get(), notSync).isPresent()
                        && change.get().getCompilationUnit() == capture.boundary().call().getCompilationUnit()) {
                    Optional<TreePath> through = t.calls().isEmpty() ? Optional.empty() : Optional.of(t.calls().get(0));
                    return Optional.of(new Finding.Race(capture, Finding.RaceKind.READ_WHILE_CHANGED,
                            capture.pointAt(read), change, through, notSync));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the boundary call sits in code of {@code holder} (or of a class nested in it). */
    private boolean startedWithin(TreePath call, javax.lang.model.element.TypeElement holder) {
        for (TreePath p = call; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof com.sun.source.tree.ClassTree && holder.equals(trees.getElement(p))) {
                return true;
            }
        }
        return false;
    }

    private javax.lang.model.element.ExecutableElement enclosingMethod(TreePath path) {
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof com.sun.source.tree.MethodTree
                    && trees.getElement(p) instanceof javax.lang.model.element.ExecutableElement m) {
                return m;
            }
            if (p.getLeaf() instanceof com.sun.source.tree.ClassTree) {
                return null;
            }
        }
        return null;
    }

    /** Whether {@code path} lies in a lambda, method reference or class body inside its method: code that runs later. */
    static boolean insideCode(TreePath path) {
        for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
            Tree leaf = p.getLeaf();
            if (leaf instanceof com.sun.source.tree.MethodTree) {
                return false;
            }
            if (leaf instanceof com.sun.source.tree.LambdaExpressionTree || leaf instanceof MemberReferenceTree
                    || leaf instanceof com.sun.source.tree.ClassTree) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why the value that {@code change} changes is not Sync, if it is not. A change of the field's own value
     * ({@code CACHE.put(..)}) is judged by the field ({@code fieldNotSync}); a change further down a path of
     * final fields ({@code Registry.INSTANCE.names.add(x)}) by the value actually changed, so that a
     * thread-safe part of an otherwise plain holder ({@code INSTANCE.hits.incrementAndGet()}) is no error, and
     * a plain part of a holder whose own type is unknown still is.
     */
    private Optional<Failure> changedNotSync(TreePath use, TreePath change, Optional<Failure> fieldNotSync) {
        TreePath receiver = receiver(change);
        if (receiver == null || receiver.getLeaf() == use.getLeaf()) {
            return fieldNotSync;
        }
        if (trees.getElement(receiver) instanceof VariableElement part && part.getKind() == ElementKind.FIELD
                && initializers.sharesSafely(part, null)) {
            return Optional.empty(); // final List<String> names = new CopyOnWriteArrayList<>()
        }
        TypeMirror type = trees.getTypeMirror(receiver);
        return type != null && engine.judge(type, Property.SYNC) instanceof Verdict.Fails f
                ? Optional.of(f.failure()) : Optional.empty();
    }

    /** The value that {@code change} changes: a call's receiver, an array, or the object whose field is assigned. */
    private static TreePath receiver(TreePath change) {
        Tree leaf = change.getLeaf();
        ExpressionTree target = null;
        if (leaf instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree s) {
            return strip(new TreePath(new TreePath(change, s), s.getExpression()));
        }
        if (leaf instanceof MemberReferenceTree ref) {
            return strip(new TreePath(change, ref.getQualifierExpression()));
        }
        if (leaf instanceof AssignmentTree a) {
            target = a.getVariable();
        } else if (leaf instanceof CompoundAssignmentTree c) {
            target = c.getVariable();
        } else if (leaf instanceof UnaryTree u) {
            target = u.getExpression();
        }
        if (target == null) {
            return null;
        }
        TreePath targetPath = new TreePath(change, target);
        if (target instanceof ArrayAccessTree access) {
            return strip(new TreePath(targetPath, access.getExpression()));
        }
        if (target instanceof MemberSelectTree s) {
            return strip(new TreePath(targetPath, s.getExpression()));
        }
        return null;
    }

    private static TreePath strip(TreePath path) {
        while (path.getLeaf() instanceof ParenthesizedTree p) {
            path = new TreePath(path, p.getExpression());
        }
        return path;
    }

    /** Calls of an executor that run their argument on its thread. */
    private static final java.util.Set<String> RUNS =
            dev.fearless.checker.knowledge.JdkMethods.simple(dev.fearless.checker.knowledge.JdkMethods.Kind.RUNS);
    /** Factories of executors that run every task on one thread, one at a time. */
    private static final java.util.Set<String> SINGLE_THREAD =
            dev.fearless.checker.knowledge.JdkMethods.qualified(dev.fearless.checker.knowledge.JdkMethods.Kind.SINGLE_THREAD);

    /**
     * Whether the field is touched only by tasks of one single-thread executor (a final field initialised with
     * {@code Executors.newSingleThreadExecutor()}) that this boundary hands work to, by the constructors and
     * initializers that run before any task, and by private methods called only from those places: the field
     * is then confined to that executor's thread, as state an actor owns.
     */
    private boolean confinedToOneThread(Capture capture) {
        VariableElement executor = singleThreadExecutor(capture.boundary().call());
        if (executor == null) {
            return false;
        }
        java.util.List<TreePath> names = declarations.namesOf(capture.variable());
        if (names == null || names.isEmpty()) {
            return false;
        }
        for (TreePath use : names) {
            if (!onExecutorThread(use, executor, 0)) {
                return false;
            }
        }
        return true;
    }

    private VariableElement singleThreadExecutor(TreePath call) {
        if (!(call.getLeaf() instanceof MethodInvocationTree invocation)
                || !(invocation.getMethodSelect() instanceof MemberSelectTree select)
                || !RUNS.contains(select.getIdentifier().toString())) {
            return null;
        }
        TreePath receiver = strip(new TreePath(new TreePath(call, select), select.getExpression()));
        if (!(trees.getElement(receiver) instanceof VariableElement executor)
                || executor.getKind() != ElementKind.FIELD || !executor.getModifiers().contains(Modifier.FINAL)) {
            return null;
        }
        TreePath declaration = declarations.of(executor);
        if (declaration == null || !(declaration.getLeaf() instanceof com.sun.source.tree.VariableTree v)
                || v.getInitializer() == null) {
            return null;
        }
        TreePath init = strip(new TreePath(declaration, v.getInitializer()));
        return init.getLeaf() instanceof MethodInvocationTree
                && trees.getElement(init) instanceof javax.lang.model.element.ExecutableElement factory
                && factory.getEnclosingElement() instanceof javax.lang.model.element.TypeElement owner
                && SINGLE_THREAD.contains(owner.getQualifiedName() + "." + factory.getSimpleName()) ? executor : null;
    }

    /** Whether code at {@code path} runs on {@code executor}'s thread, or before any task of it can run. */
    private boolean onExecutorThread(TreePath path, VariableElement executor, int depth) {
        for (TreePath p = path; p.getParentPath() != null; p = p.getParentPath()) {
            Tree leaf = p.getLeaf();
            Tree parent = p.getParentPath().getLeaf();
            TreePath code = leaf instanceof com.sun.source.tree.LambdaExpressionTree || leaf instanceof MemberReferenceTree
                    ? p : leaf instanceof com.sun.source.tree.ClassTree && parent instanceof com.sun.source.tree.NewClassTree
                    ? p.getParentPath() : null;
            if (code != null) {
                // code handed to the executor runs on its thread; any other code runs somewhere else
                TreePath outer = code.getParentPath();
                return outer.getLeaf() instanceof MethodInvocationTree invocation
                        && invocation.getArguments().contains(code.getLeaf())
                        && singleThreadExecutor(outer) == executor;
            }
            if (leaf instanceof com.sun.source.tree.VariableTree && parent instanceof com.sun.source.tree.ClassTree) {
                return true; // a field's initializer runs when the object is made, before any task
            }
            if (leaf instanceof com.sun.source.tree.MethodTree && trees.getElement(p)
                    instanceof javax.lang.model.element.ExecutableElement m) {
                if (m.getKind() == ElementKind.CONSTRUCTOR) {
                    return true;
                }
                if (!m.getModifiers().contains(Modifier.PRIVATE) || depth >= 4) {
                    return false;
                }
                java.util.List<TreePath> calls = declarations.namesOf(m);
                if (calls == null || calls.isEmpty()) {
                    return false;
                }
                for (TreePath call : calls) {
                    if (!onExecutorThread(call, executor, depth + 1)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * A race in a hook that a thread pool runs on its worker threads, several at once: a field that
     * {@code beforeExecute}/{@code afterExecute} of a {@code ThreadPoolExecutor} subclass (or a method they
     * call) assigns, or changes while its type is not Sync.
     *
     * @param field   the field
     * @param use     where the hook's side names it
     * @param change  the assignment or change
     * @param hook    the hook
     * @param notSync why the field's type is not Sync, for a change through it; empty for an assignment
     * @param calls   the calls from the hook's body to the method that names the field, outermost first
     */
    public record HookRace(VariableElement field, TreePath use, TreePath change,
                           javax.lang.model.element.ExecutableElement hook, Optional<Failure> notSync,
                           java.util.List<TreePath> calls) {
    }

    /** The hook names that a {@code ThreadPoolExecutor} calls on its worker threads, around each task. */
    private static final java.util.Set<String> HOOKS = java.util.Set.of("beforeExecute", "afterExecute");

    /** The races in the pool hooks of {@code type}, if it is a {@code ThreadPoolExecutor} subclass. */
    public java.util.List<HookRace> poolHooks(javax.lang.model.element.TypeElement type,
                                              javax.lang.model.util.Types types, javax.lang.model.util.Elements elements) {
        javax.lang.model.element.TypeElement pool = elements.getTypeElement("java.util.concurrent.ThreadPoolExecutor");
        java.util.List<HookRace> out = new java.util.ArrayList<>();
        if (pool != null && !type.equals(pool)
                && types.isSubtype(types.erasure(type.asType()), types.erasure(pool.asType()))) {
            hooksOf(type, out);
        }
        return out;
    }

    private void hooksOf(javax.lang.model.element.TypeElement type, java.util.List<HookRace> out) {
        java.util.Set<VariableElement> reported = new java.util.HashSet<>();
        for (javax.lang.model.element.ExecutableElement hook
                : javax.lang.model.util.ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (!HOOKS.contains(hook.getSimpleName().toString()) || hook.getParameters().size() != 2
                    || hook.getModifiers().contains(Modifier.SYNCHRONIZED)) {
                continue;
            }
            for (MethodSummaries.Touch touch : summaries.of(hook).touches()) {
                VariableElement field = touch.field();
                TreePath use = touch.use();
                if (reported.contains(field) || guarded(field) || LockRegions.guarded(use)
                        || touch.calls().stream().anyMatch(LockRegions::guarded) || inSynchronizedMethod(use)) {
                    continue;
                }
                Verdict sync = initializers.sharesSafely(field, null)
                        ? Verdict.HOLDS : engine.judge(field.asType(), Property.SYNC);
                Optional<TreePath> store = MutationFinder.storedInto(use);
                if (store.isPresent()) {
                    boolean plainAssignment = store.get().getLeaf() instanceof AssignmentTree;
                    if (!(field.getModifiers().contains(Modifier.VOLATILE) && plainAssignment && sync.holds())) {
                        out.add(new HookRace(field, use, store.get(), hook, Optional.empty(), touch.calls()));
                        reported.add(field);
                    }
                    continue;
                }
                Optional<TreePath> change = mutations.mutation(use);
                if (change.isPresent()) {
                    Optional<Failure> notSync = changedNotSync(use, change.get(),
                            sync instanceof Verdict.Fails f ? Optional.of(f.failure()) : Optional.empty());
                    if (notSync.isPresent()) {
                        out.add(new HookRace(field, use, change.get(), hook, notSync, touch.calls()));
                        reported.add(field);
                    }
                }
            }
        }
    }

    private static boolean inSynchronizedMethod(TreePath use) {
        for (TreePath p = use; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof com.sun.source.tree.MethodTree method) {
                return method.getModifiers().getFlags().contains(Modifier.SYNCHRONIZED);
            }
        }
        return false;
    }

    private static boolean guarded(VariableElement field) {
        for (AnnotationMirror am : field.getAnnotationMirrors()) {
            if (am.getAnnotationType().asElement().getSimpleName().contentEquals("GuardedBy")) {
                return true;
            }
        }
        return false;
    }
}
