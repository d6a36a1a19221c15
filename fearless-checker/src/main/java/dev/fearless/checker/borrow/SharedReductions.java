package dev.fearless.checker.borrow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

import dev.fearless.checker.boundary.ParallelStreams;
import dev.fearless.checker.summary.MethodSummaries;
import dev.fearless.checker.tree.TreeShapes;
import dev.fearless.checker.verdict.Failure;
import dev.fearless.checker.verdict.Property;
import dev.fearless.checker.verdict.Verdict;
import dev.fearless.checker.verdict.VerdictEngine;

/**
 * A parallel stream's reduction that starts every thread's part from one and the same object, which the
 * reduction then changes: all the threads change it at once.
 *
 * <p>A parallel stream splits its elements into parts, reduces each part on some thread and combines the
 * results. {@code reduce(identity, accumulator, combiner)} starts each part from {@code identity}: one value,
 * handed to every part, so an accumulator that adds to it ({@code reduce(new ArrayList<>(), (acc, x) -> {
 * acc.add(x); return acc; }, ..)}, {@code reduce(new StringBuilder(), StringBuilder::append, ..)}) changes one
 * object from several threads. {@code collect(supplier, accumulator, combiner)} and the collectors that take a
 * supplier ({@code Collectors.toCollection}, the map factory of {@code groupingBy} and {@code toMap}) call the
 * supplier once per part: a supplier that returns a captured variable or a field rather than a new object
 * ({@code collect(() -> result, List::add, List::addAll)}) hands every part the same container.
 *
 * <p>Only streams that are parallel as written are checked (the receiver chain goes back to
 * {@code parallelStream()} or {@code parallel()}), and only a start value whose type is not {@code Sync}
 * (a concurrent map shared by every part is no data race). A change is what the rest of the checker counts
 * as one: a table mutator, a store, a method of the compilation that changes its parameter.
 */
public final class SharedReductions {

    /**
     * One reduction whose parts share their start value.
     *
     * @param reduction the call that takes the start value ({@code reduce(..)}, {@code collect(..)},
     *                  {@code Collectors.toCollection(..)}, ...)
     * @param stage     how the user wrote its name: {@code reduce}, {@code collect}, {@code Collectors.reducing}
     * @param start     the identity argument, or the expression the supplier returns
     * @param supplied  whether the start comes from a supplier (which returns the same object to every part)
     * @param role      what changes it: {@code accumulator}, {@code combiner}, {@code operator} or
     *                  {@code collector} (a collector that adds to the container itself)
     * @param change    where it is changed (for {@code collector}, the collector's call)
     * @param type      the start value's type
     * @param notSync   why that type is not Sync
     * @param made      the class of the {@code new} that made the start value (the identity itself, or the
     *                  initializer of the variable the supplier returns), when the source shows one; else empty
     */
    public record SharedStart(TreePath reduction, String stage, TreePath start, boolean supplied, String role,
                              TreePath change, TypeMirror type, Failure notSync, Optional<TypeMirror> made) {
    }

    private static final String COLLECTORS = "java.util.stream.Collectors";

    private final Trees trees;
    private final VerdictEngine engine;
    private final MutationFinder mutations;
    private final ParallelStreams parallel;
    private final Initializers initializers;

    /** For one compilation. */
    public SharedReductions(Trees trees, VerdictEngine engine, MethodSummaries summaries,
                            dev.fearless.checker.tree.Declarations declarations, ParallelStreams parallel) {
        this.trees = trees;
        this.engine = engine;
        this.mutations = new MutationFinder(trees, engine, summaries);
        this.parallel = parallel;
        this.initializers = new Initializers(trees, engine, declarations);
    }

    /** The shared starts of the parallel reductions written in the class at {@code classPath} and its nested classes. */
    public List<SharedStart> check(TreePath classPath) {
        List<SharedStart> out = new ArrayList<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                if (node.getMethodSelect() instanceof MemberSelectTree select) {
                    String name = select.getIdentifier().toString();
                    if ((name.equals("reduce") || name.equals("collect"))
                            && trees.getElement(getCurrentPath()) instanceof ExecutableElement m
                            && m.getEnclosingElement() instanceof TypeElement owner
                            && parallel.isParallelStage(node, owner)) {
                        inspect(getCurrentPath(), node, name).ifPresent(out::add);
                    }
                }
                return super.visitMethodInvocation(node, unused);
            }
        }.scan(classPath, null);
        return out;
    }

    private Optional<SharedStart> inspect(TreePath callPath, MethodInvocationTree call, String name) {
        List<? extends ExpressionTree> args = call.getArguments();
        if (name.equals("reduce") && args.size() == 2) {
            // reduce(identity, op): op(a, b) may get the identity as either argument
            return identity(callPath, "reduce", args.get(0), List.of(new Changer(args.get(1), "operator", 0),
                    new Changer(args.get(1), "operator", 1)));
        }
        if (name.equals("reduce") && args.size() == 3) {
            return identity(callPath, "reduce", args.get(0), List.of(new Changer(args.get(1), "accumulator", 0),
                    new Changer(args.get(2), "combiner", 0), new Changer(args.get(2), "combiner", 1)));
        }
        if (name.equals("collect") && args.size() == 3) {
            TreePath start = suppliedValue(new TreePath(callPath, args.get(0)));
            if (start == null) {
                return Optional.empty();
            }
            return changed(callPath, "collect", start, true, List.of(new Changer(args.get(1), "accumulator", 0),
                    new Changer(args.get(2), "combiner", 0)));
        }
        if (name.equals("collect") && args.size() == 1) {
            return collectors(new TreePath(callPath, args.get(0)));
        }
        return Optional.empty();
    }

    /** A function argument and the parameter of it that may receive the start value. */
    private record Changer(ExpressionTree function, String role, int parameter) {
    }

    private Optional<SharedStart> identity(TreePath callPath, String stage, ExpressionTree identity,
                                           List<Changer> changers) {
        return changed(callPath, stage, TreeShapes.strip(new TreePath(callPath, identity)), false, changers);
    }

    private Optional<SharedStart> changed(TreePath callPath, String stage, TreePath start, boolean supplied,
                                          List<Changer> changers) {
        TypeMirror type = trees.getTypeMirror(start);
        Optional<Failure> notSync = notSync(start, type);
        if (notSync.isEmpty()) {
            return Optional.empty();
        }
        for (Changer c : changers) {
            Optional<TreePath> change = changeOfParameter(new TreePath(callPath, c.function()), c.parameter());
            if (change.isPresent()) {
                return Optional.of(new SharedStart(callPath, stage, start, supplied, c.role(), change.get(), type,
                        notSync.get(), made(start)));
            }
        }
        return Optional.empty();
    }

    /**
     * The collectors in a parallel {@code collect(..)}'s argument (not inside the lambdas it holds) whose
     * start is shared: {@code reducing(identity, ..)} with an operator that changes it, and the suppliers of
     * {@code toCollection}, {@code groupingBy}'s and {@code toMap}'s map factory that return the same object.
     */
    private Optional<SharedStart> collectors(TreePath argument) {
        List<SharedStart> found = new ArrayList<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                return null; // another stream, if any, is judged where it is
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                if (found.isEmpty() && trees.getElement(getCurrentPath()) instanceof ExecutableElement m
                        && m.getEnclosingElement() instanceof TypeElement owner
                        && owner.getQualifiedName().contentEquals(COLLECTORS)) {
                    collector(getCurrentPath(), node, m.getSimpleName().toString()).ifPresent(found::add);
                }
                return super.visitMethodInvocation(node, unused);
            }
        }.scan(argument, null);
        return found.stream().findFirst();
    }

    private Optional<SharedStart> collector(TreePath callPath, MethodInvocationTree call, String name) {
        List<? extends ExpressionTree> args = call.getArguments();
        String stage = "Collectors." + name;
        if (name.equals("reducing") && args.size() >= 2) {
            ExpressionTree op = args.get(args.size() - 1);
            return identity(callPath, stage, args.get(0), List.of(new Changer(op, "operator", 0),
                    new Changer(op, "operator", 1)));
        }
        int supplier = switch (name) {
            case "toCollection" -> args.size() == 1 ? 0 : -1;
            case "groupingBy" -> args.size() == 3 ? 1 : -1;
            case "toMap" -> args.size() == 4 ? 3 : -1;
            default -> -1;
        };
        if (supplier < 0) {
            return Optional.empty();
        }
        TreePath start = suppliedValue(new TreePath(callPath, args.get(supplier)));
        if (start == null) {
            return Optional.empty();
        }
        TypeMirror type = trees.getTypeMirror(start);
        return notSync(start, type).map(failure -> new SharedStart(callPath, stage, start, true, "collector", callPath,
                type, failure, made(start)));
    }

    /**
     * Why the start value is not Sync: its type, unless it is a variable whose initializer (and every later
     * assignment) shows a value that is shared safely ({@code Map<K, V> totals = new ConcurrentHashMap<>()}).
     */
    private Optional<Failure> notSync(TreePath start, TypeMirror type) {
        if (type == null || !(engine.judge(type, Property.SYNC) instanceof Verdict.Fails fails)) {
            return Optional.empty();
        }
        if ((start.getLeaf() instanceof IdentifierTree || start.getLeaf() instanceof MemberSelectTree)
                && trees.getElement(start) instanceof VariableElement v) {
            TreePath body = v.getKind() == ElementKind.FIELD ? null : TreeShapes.bodyRoot(start);
            if (initializers.sharesSafely(v, body == null ? null : UseSites.of(body, trees))) {
                return Optional.empty();
            }
        }
        return Optional.of(fails.failure());
    }

    /** The class of the {@code new} that makes {@code start}: written there, or as the initializer of its variable. */
    private Optional<TypeMirror> made(TreePath start) {
        TreePath value = start;
        while (value.getLeaf() instanceof com.sun.source.tree.TypeCastTree cast) {
            value = TreeShapes.strip(new TreePath(value, cast.getExpression())); // (List<T>) new ArrayList<T>()
        }
        if (!(value.getLeaf() instanceof NewClassTree) && trees.getElement(value) instanceof VariableElement v
                && trees.getPath(v) != null && trees.getPath(v).getLeaf() instanceof VariableTree declaration
                && declaration.getInitializer() != null) {
            value = TreeShapes.strip(new TreePath(trees.getPath(v), declaration.getInitializer()));
        }
        if (value.getLeaf() instanceof NewClassTree creation && creation.getClassBody() == null) {
            return Optional.ofNullable(trees.getTypeMirror(value));
        }
        return Optional.empty();
    }

    /**
     * The value a supplier returns when it is always the same object: a lambda without parameters whose result
     * is a variable or a field ({@code () -> result}, {@code () -> this.seen}); {@code null} for anything else
     * ({@code ArrayList::new}, {@code () -> new ArrayList<>()}, a call whose result the checker cannot know).
     */
    private TreePath suppliedValue(TreePath supplier) {
        TreePath stripped = TreeShapes.strip(supplier);
        if (!(stripped.getLeaf() instanceof LambdaExpressionTree lambda) || !lambda.getParameters().isEmpty()) {
            return null;
        }
        Tree body = lambda.getBody();
        TreePath bodyPath = new TreePath(stripped, body);
        if (body instanceof BlockTree block) {
            if (block.getStatements().size() != 1 || !(block.getStatements().get(0) instanceof ReturnTree ret)
                    || ret.getExpression() == null) {
                return null;
            }
            bodyPath = new TreePath(new TreePath(bodyPath, ret), ret.getExpression());
        }
        TreePath value = TreeShapes.strip(bodyPath);
        Tree leaf = value.getLeaf();
        if ((leaf instanceof IdentifierTree || leaf instanceof MemberSelectTree)
                && trees.getElement(value) instanceof VariableElement v
                && (v.getKind() == ElementKind.FIELD || v.getKind() == ElementKind.LOCAL_VARIABLE
                    || v.getKind() == ElementKind.PARAMETER)) {
            return value;
        }
        return null;
    }

    /**
     * Where the function at {@code function} changes the value it receives at parameter {@code index}: a change
     * through the lambda's parameter or an alias of it, or a method reference whose receiver or argument that
     * parameter is and whose method changes it ({@code StringBuilder::append}, {@code List::addAll}).
     */
    private Optional<TreePath> changeOfParameter(TreePath function, int index) {
        TreePath stripped = TreeShapes.strip(function);
        Tree leaf = stripped.getLeaf();
        if (leaf instanceof LambdaExpressionTree lambda) {
            if (index >= lambda.getParameters().size()) {
                return Optional.empty();
            }
            Element param = trees.getElement(new TreePath(stripped, lambda.getParameters().get(index)));
            if (!(param instanceof VariableElement p)) {
                return Optional.empty();
            }
            UseSites sites = UseSites.of(new TreePath(stripped, lambda.getBody()), trees);
            for (TreePath use : sites.regionUsesOf(p, stripped.getCompilationUnit(), trees.getSourcePositions())) {
                if (LockRegions.guarded(use)) {
                    continue;
                }
                Optional<TreePath> change = mutations.mutation(use);
                if (change.isPresent()) {
                    return change;
                }
            }
            return Optional.empty();
        }
        if (leaf instanceof MemberReferenceTree ref && ref.getMode() == MemberReferenceTree.ReferenceMode.INVOKE
                && trees.getElement(stripped) instanceof ExecutableElement method) {
            boolean unbound = !method.getModifiers().contains(Modifier.STATIC)
                    && trees.getElement(new TreePath(stripped, ref.getQualifierExpression())) instanceof TypeElement;
            if (unbound && index == 0) {
                TypeMirror receiver = trees.getTypeMirror(new TreePath(stripped, ref.getQualifierExpression()));
                boolean changes = receiver != null && engine.mutators(receiver).contains(ref.getName().toString())
                        || mutations.changesOwnObject(method);
                return changes ? Optional.of(stripped) : Optional.empty();
            }
            int param = unbound ? index - 1 : index;
            return param < method.getParameters().size() && mutations.changesParameter(method, param)
                    ? Optional.of(stripped) : Optional.empty();
        }
        return Optional.empty();
    }
}
