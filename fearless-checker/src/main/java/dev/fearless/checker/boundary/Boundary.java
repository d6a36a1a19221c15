package dev.fearless.checker.boundary;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.util.TreePath;

import javax.lang.model.element.VariableElement;

/**
 * A call whose argument runs on (or is handed to) another thread.
 *
 * @param call        the path to the method call or {@code new} expression
 * @param argument    the argument that crosses: a lambda, method reference, anonymous class or other value
 * @param kind        how the argument runs
 * @param target      the callee as users name it, e.g. {@code Threads.spawn} or {@code new Thread}
 * @param requirement why the call is a boundary, completing "required by ...", e.g.
 *                    "`@Send` on the parameter of `Threads.spawn`"
 * @param effect      what the callee does with the argument, with {@code {}} standing for the argument's
 *                    description, e.g. "runs {} on another thread"
 * @param via         what makes the call a boundary
 * @param stored      where the argument came from when the call names a local that holds it
 *                    ({@code Runnable task = () -> ..; pool.submit(task)}), else {@code null}; {@code argument}
 *                    is then the code at the local's declaration
 */
public record Boundary(TreePath call, ExpressionTree argument, BoundaryKind kind, String target,
                       String requirement, String effect, Via via, Stored stored) {

    /** A boundary whose argument is written at the call. */
    public Boundary(TreePath call, ExpressionTree argument, BoundaryKind kind, String target,
                    String requirement, String effect, Via via) {
        this(call, argument, kind, target, requirement, effect, via, null);
    }

    /**
     * Code stored in an effectively final local before it reaches the boundary.
     *
     * @param variable  the local ({@code task})
     * @param code      the path to its initializer: the lambda, method reference or anonymous class, in place
     * @param reference the path to the local's name at the boundary call
     * @param again     the next boundary call that hands out the same local after this one, or {@code null}:
     *                  with one, the code runs on several threads at once
     */
    public record Stored(VariableElement variable, TreePath code, TreePath reference, TreePath again) {
    }

    /** The path to the argument's code: at its declaration when stored, else under the call. */
    public TreePath argumentPath() {
        return stored != null ? stored.code() : new TreePath(call, argument);
    }

    /** What makes a call a boundary. */
    public enum Via {
        /** A {@code @Send}/{@code @Sync} parameter: a plain value passed there is moved (or shared) too. */
        MARKER,
        /** A row of the JDK boundary table: only code (lambdas, method references, classes) crosses. */
        JDK,
        /** {@code start()} on a {@code Thread} subclass: the receiver's fields go to the new thread. */
        THREAD_START
    }

    /** Whether a plain value passed here crosses too (not only code). */
    public boolean marker() {
        return via == Via.MARKER;
    }
}
