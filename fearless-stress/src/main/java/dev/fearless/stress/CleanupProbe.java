package dev.fearless.stress;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A value whose cleanup ({@link #close()}) is observable: how many times it ran, whether one has started,
 * and on which thread. Tests put it inside an {@code Arc} and judge the outcome from what it recorded.
 *
 * <p>The cleanup is two-phase on purpose: {@link #cleanupStarted()} turns true on entry, before anything
 * else, so a test can tell whether another thread reached the value while its cleanup was under way (the
 * "count is zero, cleanup not finished" window).
 */
public final class CleanupProbe implements AutoCloseable {
    private final AtomicInteger cleanups = new AtomicInteger();
    private volatile boolean started;
    private volatile Thread cleanedBy;

    @Override
    public void close() {
        started = true;
        cleanedBy = Thread.currentThread();
        cleanups.incrementAndGet();
    }

    /** How many times the cleanup ran; a correct handle type makes this exactly 1 once all handles closed. */
    public int cleanups() {
        return cleanups.get();
    }

    /** 1 once any cleanup has begun, else 0 (an int so that it can go straight into a jcstress result). */
    public int cleanupStarted() {
        return started ? 1 : 0;
    }

    /** 1 if the calling thread ran the cleanup, else 0. */
    public int cleanedByCurrentThread() {
        return cleanedBy == Thread.currentThread() ? 1 : 0;
    }
}
