package dev.fearless.checker.judge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

import dev.fearless.checker.boundary.BoundaryKind;
import dev.fearless.checker.capture.Capture;
import dev.fearless.checker.finding.Finding;
import dev.fearless.checker.verdict.Cause;
import dev.fearless.checker.verdict.Conditions;
import dev.fearless.checker.verdict.Failure;
import dev.fearless.checker.verdict.Property;
import dev.fearless.checker.verdict.Verdict;
import dev.fearless.checker.verdict.VerdictEngine;

/**
 * Stage 3: judges each capture's type against what its boundary needs. Every capture must be Send;
 * at a boundary that runs code on several threads at once it must also be shareable, which a plain
 * mutable value may still be when only read (left to the move and borrow stage), but a value whose reads
 * mutate, or that is declared not thread-safe, never is.
 */
public final class ThreadSafetyJudge {
    private final VerdictEngine engine;
    private final Types types;
    private final Elements elements;
    private final boolean reportUnknown;
    private final boolean strict;
    private final java.util.function.BiPredicate<Capture, Failure> contentsSafe;

    /**
     * A judge that asks {@code engine}; with {@code reportUnknown} ({@code strict} or {@code warn-unknown}),
     * unknown types are findings too: errors with {@code strict}, else warnings.
     */
    public ThreadSafetyJudge(VerdictEngine engine, Types types, Elements elements, boolean reportUnknown,
                             boolean strict) {
        this(engine, types, elements, reportUnknown, strict, (capture, failure) -> false);
    }

    /**
     * A judge that also asks {@code contentsSafe} whether a failure about what a captured container holds is
     * ruled out by what the program stores in it.
     */
    public ThreadSafetyJudge(VerdictEngine engine, Types types, Elements elements, boolean reportUnknown,
                             boolean strict, java.util.function.BiPredicate<Capture, Failure> contentsSafe) {
        this.contentsSafe = contentsSafe;
        this.strict = strict;
        this.engine = engine;
        this.types = types;
        this.elements = elements;
        this.reportUnknown = reportUnknown;
    }

    /**
     * What the type stage concludes about one capture.
     *
     * @param finding     the type finding, if any: a proven F0277 or (with {@code strict} or {@code warn-unknown})
     *                    an unproven one
     * @param askBorrows  whether the move-and-borrow stage must still decide: the type may cross, but whether
     *                    it is shared in a racy way depends on how the code uses it. An unproven type does not
     *                    stop that question: an option that adds findings never removes one.
     */
    public record Judgement(Optional<Finding> finding, boolean askBorrows) {
    }

    /**
     * Judges {@code capture}'s type: it must be Send; at a boundary that runs code on several threads at once,
     * and for a field (always reachable from the spawning thread too), a value that may never be shared (its
     * reads change it, or it is declared not thread-safe) is an error even when only read, unless every use
     * holds a lock ({@code onlyUnderLock}). Whether a plain mutable value is used in a racy way is the borrow
     * stage's question.
     */
    public Judgement judge(Capture capture, boolean onlyUnderLock) {
        Optional<Finding> finding = judgeProperty(capture, Property.SEND);
        if (finding.isEmpty() && !onlyUnderLock && capture.kind() != Capture.Kind.RESULT
                && (capture.boundary().kind().sharesCaptures() || capture.kind() == Capture.Kind.FIELD)) {
            finding = judgeProperty(capture, Property.SYNC);
        }
        if (finding.isEmpty() && capture.kind() == Capture.Kind.RESULT) {
            finding = perThreadResult(capture); // otherwise a result is handed over once, to whoever reads it
        }
        boolean proven = finding.isPresent() && finding.get() instanceof Finding.CannotCross;
        boolean askBorrows = !proven && !onlyUnderLock && capture.kind() != Capture.Kind.THREAD_OBJECT
                && capture.kind() != Capture.Kind.RESULT;
        return new Judgement(finding, askBorrows);
    }

    /**
     * What a per-thread initialiser ({@code ThreadLocal.withInitial(() -> ..)}) returns goes to every thread
     * that asks: a value it creates there is that thread's own, but a captured local or a field that it returns
     * is one value that all of those threads share, so it must be Sync (even a plain mutable one only read).
     */
    private Optional<Finding> perThreadResult(Capture capture) {
        if (capture.boundary().kind() != BoundaryKind.ONCE_PER_THREAD
                || !returnsValueFromOutside(capture.firstUse().getLeaf(), capture.boundary().argument())) {
            return Optional.empty();
        }
        if (engine.judge(capture.type(), Property.SYNC) instanceof Verdict.Fails fails) {
            return Optional.of(new Finding.CannotCross(capture, fails.failure(), remedy(fails.failure())));
        }
        return Optional.empty();
    }

    /**
     * Whether {@code returned} names a variable that the code did not declare itself (a captured local, a
     * field, {@code this.f}, {@code Holder.F}) rather than an expression that makes a value ({@code new ..},
     * a factory call, whose result is taken as new).
     */
    private static boolean returnsValueFromOutside(com.sun.source.tree.Tree returned, com.sun.source.tree.Tree code) {
        while (returned instanceof com.sun.source.tree.ParenthesizedTree p) {
            returned = p.getExpression();
        }
        if (returned instanceof com.sun.source.tree.MemberSelectTree select) {
            return !select.getIdentifier().contentEquals("class");
        }
        if (!(returned instanceof com.sun.source.tree.IdentifierTree id) || id.getName().contentEquals("this")) {
            return false;
        }
        boolean[] declaredInside = {false};
        new com.sun.source.util.TreeScanner<Void, Void>() {
            @Override
            public Void visitVariable(com.sun.source.tree.VariableTree node, Void unused) {
                declaredInside[0] |= node.getName().contentEquals(id.getName());
                return super.visitVariable(node, unused);
            }
        }.scan(code, null);
        return !declaredInside[0];
    }

    /** Why {@code capture}'s type is not Sync, if it is proven not to be. */
    public Optional<Failure> notSync(Capture capture) {
        return engine.judge(capture.type(), Property.SYNC) instanceof Verdict.Fails f
                ? Optional.of(f.failure()) : Optional.empty();
    }

    private Optional<Finding> judgeProperty(Capture capture, Property property) {
        Verdict v = capture.kind() == Capture.Kind.THREAD_OBJECT && capture.type() instanceof DeclaredType dt
                ? engine.judgeOwnFields(dt, property, "java.lang.Thread")
                : engine.judge(capture.type(), property);
        if (v instanceof Verdict.Fails fails) {
            Failure failure = fails.failure();
            if (property == Property.SYNC && !failure.cause().neverShareable()) {
                return Optional.empty(); // read-only sharing of plain mutable values is the borrow stage's call
            }
            if (contentsSafe.test(capture, failure)) {
                return Optional.empty(); // AtomicReference<Map<..>> that only ever holds Map.copyOf snapshots
            }
            return Optional.of(new Finding.CannotCross(capture, failure, remedy(failure)));
        }
        if (v instanceof Verdict.Unknown unknown && reportUnknown) {
            return Optional.of(new Finding.Unproven(capture, property, unknown,
                    strict ? Finding.Severity.ERROR : Finding.Severity.WARNING));
        }
        return Optional.empty();
    }

    private Optional<Finding.Remedy> remedy(Failure failure) {
        Cause cause = failure.cause();
        if (cause.alternative().isEmpty() || failure.culprit().getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeElement alternative = elements.getTypeElement(cause.alternative());
        DeclaredType culprit = (DeclaredType) failure.culprit();
        if (alternative == null
                || alternative.getTypeParameters().size() != culprit.getTypeArguments().size()) {
            return Optional.empty();
        }
        TypeMirror[] args = culprit.getTypeArguments().toArray(new TypeMirror[0]);
        DeclaredType replaced = types.getDeclaredType(alternative, args);
        Property property = failure.property();
        boolean satisfied = engine.judge(replaced, property).holds();
        Conditions conditions = engine.declaredConditions(alternative, property).orElse(Conditions.NONE);
        Map<String, Set<Property>> byParam = new LinkedHashMap<>();
        conditions.ifSend().forEach(p -> byParam.computeIfAbsent(p, k -> EnumSet.noneOf(Property.class))
                .add(Property.SEND));
        conditions.ifSync().forEach(p -> byParam.computeIfAbsent(p, k -> EnumSet.noneOf(Property.class))
                .add(Property.SYNC));
        List<Finding.Need> needs = new ArrayList<>();
        List<? extends TypeParameterElement> params = alternative.getTypeParameters();
        for (int i = 0; i < params.size(); i++) {
            Set<Property> ps = byParam.get(params.get(i).getSimpleName().toString());
            if (ps != null) {
                needs.add(new Finding.Need(args[i], List.copyOf(ps)));
            }
        }
        return Optional.of(new Finding.Remedy(cause.alternative(), replaced, property, needs, satisfied));
    }
}
