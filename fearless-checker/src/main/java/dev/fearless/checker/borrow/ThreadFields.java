package dev.fearless.checker.borrow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import dev.fearless.checker.summary.MethodSummaries;

/**
 * The stop-flag race of a {@code Thread} subclass: its {@code run()} reads a {@code boolean} field in a loop's
 * condition ({@code while (running)}, directly or through a method it calls there), and another method of the class, one that other threads call while it runs
 * ({@code shutdown()}), assigns that field, which is neither volatile nor written and read under one lock.
 * The write may never become visible to the running thread (a loop on a plain field may be compiled to read
 * it once), and nothing orders it with the loop's other reads.
 *
 * <p>Only methods that {@code run()} does not call itself count as the other side, and only fields the class
 * declares. A setter called before {@code start()} is no race, but the class offers it to any thread; the
 * error names the method so that its author can make the field volatile.
 */
public final class ThreadFields {

    /**
     * One race.
     *
     * @param field  the field
     * @param write  where the other method assigns it (the field's name)
     * @param writer the method that assigns it (or calls what does)
     * @param read   where {@code run()}'s side reads it in a loop
     * @param run    the class's {@code run()}
     */
    public record StopFlag(VariableElement field, TreePath write, ExecutableElement writer, TreePath read,
                           ExecutableElement run) {
    }

    private final Types types;
    private final Elements elements;
    private final MethodSummaries summaries;

    /** The stage for one compilation. */
    public ThreadFields(Types types, Elements elements, MethodSummaries summaries) {
        this.types = types;
        this.elements = elements;
        this.summaries = summaries;
    }

    /** The stop-flag races of {@code type}, if it is a {@code Thread} subclass with a {@code run()}. */
    public List<StopFlag> check(TypeElement type, Trees trees) {
        if (type.getKind() != ElementKind.CLASS) {
            return List.of();
        }
        TypeElement thread = elements.getTypeElement("java.lang.Thread");
        if (thread == null || type.equals(thread)
                || !types.isSubtype(types.erasure(type.asType()), types.erasure(thread.asType()))) {
            return List.of();
        }
        ExecutableElement run = null;
        for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (m.getSimpleName().contentEquals("run") && m.getParameters().isEmpty()
                    && !m.getModifiers().contains(Modifier.STATIC)) {
                run = m;
            }
        }
        if (run == null || !summaries.hasSource(run)) {
            return List.of();
        }
        return races(type, run, trees);
    }

    private List<StopFlag> races(TypeElement type, ExecutableElement run, Trees trees) {
        MethodSummaries.Summary runSide = summaries.of(run);
        Set<Element> calledByRun = new HashSet<>();
        for (MethodSummaries.Touch t : runSide.touches()) {
            t.calls().forEach(c -> {
                Element e = trees.getElement(c);
                if (e != null) {
                    calledByRun.add(e);
                }
            });
        }
        List<StopFlag> out = new ArrayList<>();
        Set<VariableElement> reported = new HashSet<>();
        for (MethodSummaries.Touch read : runSide.touches()) {
            VariableElement field = read.field();
            if (!field.getEnclosingElement().equals(type) || reported.contains(field)
                    || field.getModifiers().contains(Modifier.VOLATILE) || field.getModifiers().contains(Modifier.FINAL)
                    || field.getModifiers().contains(Modifier.STATIC)
                    || field.asType().getKind() != javax.lang.model.type.TypeKind.BOOLEAN
                    || MutationFinder.storedInto(read.use()).isPresent() || !(inLoopCondition(read.use())
                            || !read.calls().isEmpty() && inLoopCondition(read.calls().get(0)))
                    || locked(read.use(), run)) {
                continue;
            }
            for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
                if (m.equals(run) || calledByRun.contains(m) || m.getModifiers().contains(Modifier.PRIVATE)
                        || m.getModifiers().contains(Modifier.STATIC) || !summaries.hasSource(m)) {
                    continue;
                }
                Optional<TreePath> write = summaries.of(m).touches().stream()
                        .filter(t -> t.field().equals(field) && MutationFinder.storedInto(t.use()).isPresent())
                        .filter(t -> !(locked(t.use(), m) && locked(read.use(), run)))
                        .map(MethodSummaries.Touch::use).findFirst();
                if (write.isPresent()) {
                    out.add(new StopFlag(field, write.get(), m, read.use(), run));
                    reported.add(field);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code use} lies in the condition of a loop ({@code while (!stopped)}, {@code do .. while (running)},
     * {@code for (; running; )}) of the method it is written in: the shape of a stop flag. A field only used in
     * a loop's body is as often configuration set before {@code start()}.
     */
    private static boolean inLoopCondition(TreePath use) {
        Tree below = use.getLeaf();
        for (TreePath p = use.getParentPath(); p != null; below = p.getLeaf(), p = p.getParentPath()) {
            Tree t = p.getLeaf();
            if (t instanceof MethodTree || t instanceof ClassTree || t instanceof LambdaExpressionTree) {
                return false;
            }
            if (t instanceof WhileLoopTree w) {
                return below == w.getCondition();
            }
            if (t instanceof DoWhileLoopTree d) {
                return below == d.getCondition();
            }
            if (t instanceof ForLoopTree f) {
                return below == f.getCondition();
            }
            if (t instanceof EnhancedForLoopTree) {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code use} runs under a lock: a {@code synchronized} block, or a synchronized method. */
    private static boolean locked(TreePath use, ExecutableElement root) {
        if (LockRegions.guarded(use) || root.getModifiers().contains(Modifier.SYNCHRONIZED)) {
            return true;
        }
        for (TreePath p = use; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof MethodTree method) {
                return method.getModifiers().getFlags().contains(Modifier.SYNCHRONIZED);
            }
        }
        return false;
    }
}
