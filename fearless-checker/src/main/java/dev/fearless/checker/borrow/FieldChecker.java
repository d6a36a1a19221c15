package dev.fearless.checker.borrow;

import java.util.Optional;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

import dev.fearless.checker.capture.Capture;
import dev.fearless.checker.judge.Finding;
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
    private final VerdictEngine engine;
    private final MutationFinder mutations;
    private final Initializers initializers;

    /** A field stage for one compilation, judging types with {@code engine}. */
    public FieldChecker(Trees trees, VerdictEngine engine) {
        this.engine = engine;
        this.mutations = new MutationFinder(trees, engine);
        this.initializers = new Initializers(trees, engine);
    }

    /** The race, if any, in how the boundary's code uses the field {@code capture}. */
    public Optional<Finding> check(Capture capture) {
        VariableElement field = capture.variable();
        if (guarded(field)) {
            return Optional.empty();
        }
        Verdict sync = initializers.sharesSafely(field, capture.firstUse())
                ? Verdict.HOLDS : engine.judge(capture.type(), Property.SYNC);
        Optional<Failure> notSync = sync instanceof Verdict.Fails f ? Optional.of(f.failure()) : Optional.empty();
        boolean isVolatile = field.getModifiers().contains(Modifier.VOLATILE);
        for (TreePath use : capture.uses()) {
            if (LockRegions.guarded(use)) {
                continue;
            }
            Optional<TreePath> store = MutationFinder.storedInto(use);
            if (store.isPresent()) {
                boolean plainAssignment = store.get().getLeaf() instanceof AssignmentTree;
                if (isVolatile && plainAssignment && sync.holds()) {
                    continue; // a volatile flag or published immutable value
                }
                Finding.RaceKind kind = isVolatile && !plainAssignment
                        ? Finding.RaceKind.VOLATILE_COMPOUND : Finding.RaceKind.FIELD_WRITTEN;
                return Optional.of(new Finding.Race(capture, kind, use, store, 0, notSync));
            }
            Optional<TreePath> change = mutations.mutation(use);
            if (change.isPresent() && notSync.isPresent()) {
                return Optional.of(new Finding.Race(capture, Finding.RaceKind.FIELD_CHANGED, use, change, 0, notSync));
            }
        }
        return Optional.empty();
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
