package dev.fearless.checker.finding;

import java.util.List;
import java.util.Optional;

import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;

import dev.fearless.checker.capture.Capture;
import dev.fearless.checker.verdict.Failure;
import dev.fearless.checker.verdict.Property;
import dev.fearless.checker.verdict.Verdict;

/**
 * A problem the checker proved (or, with {@code strict}, could not rule out), with what the report needs: where
 * it is, how severe, and the structured evidence. The words are the report stage's.
 */
public sealed interface Finding {

    /** The capture the finding is about. */
    Capture capture();

    /** Where the diagnostic points. */
    TreePath at();

    /** Whether the finding fails the build. */
    Severity severity();

    /**
     * What makes two findings the same problem, so that it is reported once: a type that cannot cross is one
     * problem per statement, however many ways it reaches the boundary; anything else is one per place.
     */
    RootCause rootCause();

    /** How severe a finding is. */
    enum Severity {
        /** Fails the build. */
        ERROR,
        /** Reported, does not fail the build (an unknown type under {@code warn-unknown}). */
        WARNING
    }

    /**
     * The identity of a problem for de-duplication.
     *
     * @param code      which rule
     * @param place     the tree the problem is anchored at (a statement for a type that cannot cross)
     * @param subject   what the problem is about: the culprit type's text for a type, else the variable
     * @param detail    the property or the shape of race
     */
    record RootCause(String code, Tree place, Object subject, Object detail) {
    }

    /**
     * A captured value whose type lacks the property its boundary needs (F0277).
     *
     * @param capture the capture
     * @param failure why the type lacks the property, innermost part first
     * @param remedy  the type to use instead, when the culprit's declaration names one
     */
    record CannotCross(Capture capture, Failure failure, Optional<Remedy> remedy) implements Finding {
        @Override
        public TreePath at() {
            return capture.pointAt(capture.firstUse());
        }

        @Override
        public Severity severity() {
            return Severity.ERROR;
        }

        @Override
        public RootCause rootCause() {
            // The statement that holds the boundary, seen from outside any lambda it is in:
            // spawn(() -> { tx.send(Rc.of(5)); }) hands the same Rc over twice (the sender, the sent value).
            TreePath p = capture.boundary().call();
            while (true) {
                while (p.getParentPath() != null && !(p.getParentPath().getLeaf() instanceof com.sun.source.tree.BlockTree)
                        && !(p.getParentPath().getLeaf() instanceof com.sun.source.tree.ClassTree)) {
                    p = p.getParentPath();
                }
                TreePath lambda = p;
                while (lambda != null && !(lambda.getLeaf() instanceof com.sun.source.tree.LambdaExpressionTree)
                        && !(lambda.getLeaf() instanceof com.sun.source.tree.ClassTree)) {
                    lambda = lambda.getParentPath();
                }
                if (lambda == null || !(lambda.getLeaf() instanceof com.sun.source.tree.LambdaExpressionTree)) {
                    break;
                }
                p = lambda;
            }
            return new RootCause("F0277", p.getLeaf(), failure.culprit().toString(), failure.property());
        }
    }

    /**
     * With {@code strict} or {@code warn-unknown}: a captured value whose type the checker cannot prove to have
     * the property (F0277).
     *
     * @param capture  the capture
     * @param property the property that could not be proven
     * @param why      why the property could not be proven
     * @param severity an error with {@code strict}, else a warning
     */
    record Unproven(Capture capture, Property property, Verdict.Unknown why, Severity severity) implements Finding {
        @Override
        public TreePath at() {
            return capture.pointAt(capture.firstUse());
        }

        @Override
        public RootCause rootCause() {
            return new RootCause("F0277?", at().getLeaf(), capture.variable(), property);
        }
    }

    /**
     * Two threads can reach a captured (or moved) value while one of them changes it, or a value that may
     * only be moved is used again after the move (F0382, rustc's E0382).
     *
     * @param capture  the capture (or the moved argument)
     * @param kind     which shape of race
     * @param at       where the diagnostic points: the later use, or the change inside the lambda
     * @param change   the change that makes it a race, if one was seen (may be {@code at} itself)
     * @param loop     the loop that hands the value out again, if that is the shape
     *                 ({@link RaceKind#READ_WHILE_CHANGED}: the call in the changing method that leads to the
     *                 change, when the change is in a method it calls)
     * @param notSync  why the value's type is not Sync; empty for a write to a field of a Sync type
     * @param certain  false when the change is only possible (with {@code strict}: the value is passed to a
     *                 method, or a method the checker does not know is called on it)
     */
    record Race(Capture capture, RaceKind kind, TreePath at, Optional<TreePath> change, Optional<TreePath> loop,
                Optional<Failure> notSync, boolean certain) implements Finding {

        /** A race on a change the checker knows. */
        public Race(Capture capture, RaceKind kind, TreePath at, Optional<TreePath> change, Optional<TreePath> loop,
                    Optional<Failure> notSync) {
            this(capture, kind, at, change, loop, notSync, true);
        }

        @Override
        public Severity severity() {
            return Severity.ERROR;
        }

        @Override
        public RootCause rootCause() {
            // A use names one value: races reported at the same identifier are one, whether the captured local
            // is that value or an alias of it (final Box alias = box).
            Object subject = at.getLeaf() instanceof com.sun.source.tree.IdentifierTree ? null : capture.variable();
            return new RootCause("F0382", at.getLeaf(), subject, kind);
        }
    }

    /** The shapes of race the borrow stage reports. */
    enum RaceKind {
        /** The value went to another thread (moved, or changed there) and the spawning code uses it again. */
        USED_AFTER_MOVE,
        /** The other thread reads the value while the spawning code changes it. */
        CHANGED_WHILE_SHARED,
        /** A loop hands the same value to a new thread on every iteration, and someone changes it. */
        CHANGED_IN_LOOP,
        /** The code runs on several threads at once and changes the value. */
        CHANGED_CONCURRENTLY,
        /** A value that may only be moved (its reads change it) is handed out on every iteration of a loop. */
        MOVED_IN_LOOP,
        /** A field that is neither final nor volatile is assigned by code that runs on another thread. */
        FIELD_WRITTEN,
        /** A compound update ({@code count++}, {@code +=}) of a volatile field on another thread. */
        VOLATILE_COMPOUND,
        /** A field of a plain mutable type is changed through by code that runs on another thread. */
        FIELD_CHANGED,
        /**
         * A field of a plain mutable type that code on another thread reads, while a method of the class that any
         * holder may call (the change) changes it.
         */
        READ_WHILE_CHANGED
    }

    /**
     * A thread-safe type to use instead of the culprit, and what it needs of its type arguments.
     *
     * @param qualifiedName the alternative's qualified name, as the culprit's declaration gives it
     * @param type          the alternative with the culprit's type arguments
     * @param property      the property the alternative provides
     * @param needs         what the alternative needs of each type argument
     * @param satisfied     whether the type arguments meet those needs
     */
    record Remedy(String qualifiedName, TypeMirror type, Property property, List<Need> needs, boolean satisfied) {
        public Remedy {
            needs = List.copyOf(needs);
        }
    }

    /**
     * A type argument and the properties an alternative needs it to have.
     *
     * @param argument   the type argument
     * @param properties the properties, in the order Send, Sync
     */
    record Need(TypeMirror argument, List<Property> properties) {
        public Need {
            properties = List.copyOf(properties);
        }
    }
}
