package dev.fearless.sync;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Test helper: runs code on a fresh thread and hands back its result or its exception. */
final class AnotherThread {
    private AnotherThread() {
    }

    /** Runs {@code body} on a new thread, waits for it, and returns what it returned. */
    static <R> R call(Supplier<R> body) {
        return start(body).join();
    }

    /** Runs {@code body} on a new thread and returns whatever it threw (fails if it threw nothing). */
    static Throwable failure(Runnable body) {
        Pending<Object> pending = start(() -> {
            body.run();
            return null;
        });
        try {
            pending.future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected the other thread to throw");
    }

    static <R> Pending<R> start(Supplier<R> body) {
        CompletableFuture<R> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(body.get());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return new Pending<>(thread, future);
    }

    /** Spins (parking briefly) until {@code condition} holds; the test's timeout bounds it. */
    static void awaitCondition(BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            LockSupport.parkNanos(100_000);
        }
    }

    /** Waits until {@code thread} is parked (blocked in a lock or condition wait). */
    static void awaitParked(Thread thread) {
        awaitCondition(() -> {
            Thread.State state = thread.getState();
            return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
        });
    }

    /** Waits until {@code thread} is parked in a wait on {@code blocker} (e.g. a condvar). */
    static void awaitParkedOn(Thread thread, Object blocker) {
        awaitCondition(() -> thread.getState() == Thread.State.WAITING || thread.getState() == Thread.State.TIMED_WAITING
                ? LockSupport.getBlocker(thread) == blocker : false);
    }

    /** A running thread and its outcome. */
    static final class Pending<R> {
        final Thread thread;
        final CompletableFuture<R> future;

        Pending(Thread thread, CompletableFuture<R> future) {
            this.thread = thread;
            this.future = future;
        }

        R join() {
            try {
                return future.get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                if (cause instanceof Error) {
                    throw (Error) cause;
                }
                throw new AssertionError(cause);
            } catch (InterruptedException | TimeoutException e) {
                throw new AssertionError(e);
            }
        }

        Throwable failure() {
            try {
                future.get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                return e.getCause();
            } catch (InterruptedException | TimeoutException e) {
                throw new AssertionError(e);
            }
            throw new AssertionError("expected the other thread to throw");
        }
    }
}
