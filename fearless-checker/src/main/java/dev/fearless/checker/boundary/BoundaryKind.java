package dev.fearless.checker.boundary;

/** How a function handed to a boundary runs, which decides what its captures must be (docs/model.md, "Thread boundaries"). */
public enum BoundaryKind {
    /** Once, on one other thread: captures must be Send (and Sync unless moved, read-only or joined). */
    ONCE_ELSEWHERE,
    /** Repeatedly, one run at a time, on other threads. */
    SERIALLY_ELSEWHERE,
    /** On several threads at once: captures must be Sync, or only read. */
    CONCURRENTLY,
    /**
     * Once on each thread that asks for it (a per-thread initialiser such as {@code ThreadLocal.withInitial}):
     * its captures are shared by those threads as at {@link #CONCURRENTLY}, and what it returns must be a
     * value it creates, or Sync (each thread gets what it returns).
     */
    ONCE_PER_THREAD;

    /** Whether the code may run on several threads at once, so that its captures are shared between them. */
    public boolean sharesCaptures() {
        return this == CONCURRENTLY || this == ONCE_PER_THREAD;
    }
}
