package dev.fearless.contract;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs a piece of a contract test on a plain {@link Thread} (not the runtime's own spawn, so that a
 * contract about {@code Threads} is not needed to check a contract about handles or locks).
 */
final class OnAnotherThread {
    private OnAnotherThread() {
    }

    /** Runs {@code body} on a fresh thread and returns its result, or rethrows what it threw. */
    static <R> R call(Supplier<R> body) {
        try {
            return start(body).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AssertionError(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    /** Runs {@code body} on a fresh thread and returns what it threw; fails if it threw nothing. */
    static Throwable failure(Runnable body) {
        try {
            start(() -> {
                body.run();
                return null;
            }).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected the other thread to throw");
    }

    /** Starts {@code body} on a fresh daemon thread; the future completes with its outcome. */
    static <R> CompletableFuture<R> start(Supplier<R> body) {
        CompletableFuture<R> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(body.get());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }, "contract-other");
        thread.setDaemon(true);
        thread.start();
        return future;
    }
}
