package dev.fearless.checker.boundary;

/** How a function handed to a boundary runs, which decides what its captures must be (MODEL.md). */
public enum BoundaryKind {
    /** Once, on one other thread: captures must be Send (and Sync unless moved, read-only or joined). */
    ONCE_ELSEWHERE,
    /** Repeatedly, one run at a time, on other threads. */
    SERIALLY_ELSEWHERE,
    /** On several threads at once: captures must be Sync, or only read. */
    CONCURRENTLY
}
