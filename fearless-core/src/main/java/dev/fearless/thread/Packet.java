package dev.fearless.thread;

import java.util.function.Supplier;

/**
 * The body of one spawned thread and the slot for its outcome, shared by the thread that runs it and
 * by its join handle (Rust's {@code Packet} in {@code std::thread}).
 *
 * <p>Implementation notes. {@link #result} and {@link #failure} are plain fields written once by the
 * spawned thread before it sets the volatile {@link #finished} flag and before it terminates. A
 * joiner reads them only after {@link Thread#join()} has returned, which the JLS orders after every
 * action of the joined thread (JLS 17.4.5), so the plain writes are visible without further fencing.
 * {@link #finished} is volatile only so that {@link #isFinished()} can be polled without joining.
 */
final class Packet<T> implements Runnable {
    private Supplier<? extends T> body; // cleared once run, so the thread's captures can be collected
    private final Scope scope; // null for a thread outside any scope
    private Thread thread;
    private T result;
    private Throwable failure;
    private volatile boolean finished;
    private volatile boolean joined;

    Packet(Supplier<? extends T> body, Scope scope) {
        this.body = body;
        this.scope = scope;
    }

    /** Records the thread that will run this packet; called before {@link Thread#start()}. */
    void bind(Thread thread) {
        this.thread = thread;
    }

    Thread thread() {
        return thread;
    }

    @Override
    public void run() {
        Supplier<? extends T> task = body;
        body = null;
        try {
            try {
                result = task.get();
            } catch (Throwable e) {
                failure = e;
                report(e);
            }
            finished = true;
        } finally {
            if (scope != null) {
                scope.threadFinished();
            }
        }
    }

    /**
     * Hands a failure to the thread's uncaught-exception handler, as an uncaught exception would have
     * been, so that the failure of a thread whose handle was discarded is not lost (Rust prints a
     * panic message whether or not the thread is joined).
     */
    private static void report(Throwable failure) {
        Thread self = Thread.currentThread();
        try {
            self.getUncaughtExceptionHandler().uncaughtException(self, failure);
        } catch (Throwable ignored) {
            // A failing handler must not hide the original failure from join().
        }
    }

    boolean isFinished() {
        return finished;
    }

    /** Waits for the thread, then returns its result or throws {@link PanicException}. */
    T join() {
        Thread target = thread;
        if (target == Thread.currentThread()) {
            throw new IllegalStateException("a thread cannot join itself: it would wait forever");
        }
        joinUninterruptibly(target);
        joined = true;
        Throwable cause = failure;
        if (cause != null) {
            throw new PanicException("thread '" + target.getName() + "' panicked: " + cause, cause);
        }
        return result;
    }

    /** The failure of a thread that has finished, if no join observed it; else null. */
    Throwable unobservedFailure() {
        return joined ? null : failure;
    }

    /**
     * {@link Thread#join()} that keeps waiting when interrupted and restores the interrupt flag
     * afterwards, so that callers need no checked exception and lose no interrupt.
     */
    static void joinUninterruptibly(Thread target) {
        boolean interrupted = false;
        while (true) {
            try {
                target.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
