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
 * @param requirement why the call is a boundary (the report completes "required by ..." with it)
 * @param effect      what the callee does with the argument
 * @param via         what makes the call a boundary
 * @param stored      where the argument came from when the call names a local that holds it
 *                    ({@code Runnable task = () -> ..; pool.submit(task)}), else {@code null}; {@code argument}
 *                    is then the code at the local's declaration
 */
public record Boundary(TreePath call, ExpressionTree argument, BoundaryKind kind, String target,
                       Requirement requirement, Effect effect, Via via,
                       Stored stored) {

    /** A boundary whose argument is written at the call. */
    public Boundary(TreePath call, ExpressionTree argument, BoundaryKind kind, String target,
                    Requirement requirement, Effect effect, Via via) {
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
     * @param added     for a task put into a local collection ({@code tasks.add(() -> ..)}), the call that puts
     *                  it there; {@code null} for code stored in a local of its own
     * @param from      what kept the code: a local, a field, or a method that returned it
     */
    public record Stored(VariableElement variable, TreePath code, TreePath reference, TreePath again, TreePath added,
                         From from) {
        /** Code stored in a local of its own. */
        public Stored(VariableElement variable, TreePath code, TreePath reference, TreePath again) {
            this(variable, code, reference, again, null, From.LOCAL);
        }

        /** Code stored in a local, or put into the local collection {@code variable} by {@code added}. */
        public Stored(VariableElement variable, TreePath code, TreePath reference, TreePath again, TreePath added) {
            this(variable, code, reference, again, added, From.LOCAL);
        }

        /** The same stored code, handed out again at {@code next}. */
        public Stored withAgain(TreePath next) {
            return new Stored(variable, code, reference, next, added, from);
        }
    }

    /** Where stored code was kept before it reached the boundary. */
    public enum From {
        /** An effectively final local ({@code variable}), or a local collection of tasks. */
        LOCAL,
        /** A field that is never assigned again ({@code variable}): the code at its initializer or its one assignment. */
        FIELD,
        /**
         * Returned by a method of the compilation ({@code pool.submit(adder(out, s))}): {@code reference} is the call,
         * {@code variable} is {@code null}, and the code is the one the method returns, whose parameters stand for
         * the call's arguments.
         */
        RETURNED,
        /**
         * Made by a stream stage for each element and handed on by the terminal operation
         * ({@code items.stream().map(s -> (Runnable) () -> ..).forEach(pool::submit)}): {@code reference} is the
         * stage that makes it, {@code variable} is {@code null}.
         */
        STREAMED
    }

    /** Why a call is a boundary. The words are the report stage's. */
    public sealed interface Requirement {
        /** A {@code @Send} ({@code send}) or {@code @Sync} marker on the parameter of {@code target}. */
        record Marker(boolean send, String target) implements Requirement {
        }

        /** A cited JDK method, or the {@code start} of a {@code Thread} subclass: {@code target} itself. */
        record Method(String target) implements Requirement {
        }

        /** A stage of a parallel stream, {@code stage} being the method's simple name. */
        record ParallelStream(String stage) implements Requirement {
        }

        /** A method ({@code target}) of the project that hands its parameter to {@code inner}, on {@code innerLine}. */
        record Wrapper(String target, Requirement inner, long innerLine) implements Requirement {
        }
    }

    /** What the callee does with the argument. The words are the report stage's, or the JDK table's. */
    public sealed interface Effect {
        /**
         * The effect a cited row of the JDK boundary table states, {@code {}} standing for the argument, e.g.
         * "runs {} on the client's executor"; {@code joined} when the call returns only after the argument has
         * run ({@code invokeAll}, {@code invokeAndWait}).
         */
        record Cited(String template, boolean joined, boolean completer) implements Effect {
            /** An effect of a row that is neither joined nor run by a future's completer. */
            public Cited(String template, boolean joined) {
                this(template, joined, false);
            }
        }

        /** Several tasks made from the same code, each handled as {@code each} says, run at once. */
        record SeveralAtOnce(Effect each) implements Effect {
        }

        /** The {@code run} method of the {@code Thread} subclass {@code threadClass} runs on a new thread. */
        record RunsThreadBody(String threadClass) implements Effect {
        }

        /** The effects that are not a row's. */
        enum Standard implements Effect {
            /** Runs the argument on another thread ({@code @Send}). */
            RUNS_ELSEWHERE,
            /** Shares the argument with other threads ({@code @Sync}). */
            SHARED,
            /** Runs the argument on several threads at once (a parallel stream's stage). */
            RUNS_ON_SEVERAL_THREADS,
            /** Runs the argument on several pool threads at once (one task handed out several times). */
            RUNS_ON_SEVERAL_POOL_THREADS,
            /** Hands the argument to whichever thread takes it (a queue, an exchanger). */
            HANDS_OFF
        }
    }

    /** Whether the argument runs on whichever thread completes a future (a non-async {@code CompletionStage} stage). */
    public boolean completer() {
        Effect e = effect instanceof Effect.SeveralAtOnce several ? several.each() : effect;
        return e instanceof Effect.Cited cited && cited.completer();
    }

    /** Whether the call returns only after the argument has run: its end is a join. */
    public boolean joined() {
        Effect e = effect instanceof Effect.SeveralAtOnce several ? several.each() : effect;
        return e instanceof Effect.Cited cited && cited.joined();
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
        THREAD_START,
        /** A hand-off to whichever thread takes the value ({@code queue.put(batch)}): the value moves. */
        HAND_OFF
    }

    /** Whether a plain value passed here crosses too (not only code). */
    public boolean marker() {
        return via == Via.MARKER || via == Via.HAND_OFF;
    }

    /**
     * A {@code new Thread(..)} whose code never runs on another thread: nothing starts it. Not a boundary; the
     * report warns about it on its own.
     *
     * @param construction the {@code new Thread(..)} expression
     * @param variable     the local that holds the thread, or {@code null} when it is not kept
     * @param run          the first {@code run()} call on it, which runs the code on the calling thread, or
     *                     {@code null} if there is none
     */
    public record NotStarted(TreePath construction, javax.lang.model.element.VariableElement variable, TreePath run) {
    }
}
