/**
 * Threads with join handles, Rust's {@code std::thread}: {@link dev.fearless.thread.Threads#spawn}
 * returns a {@link dev.fearless.thread.JoinHandle} whose {@code join()} hands back the thread's result.
 */
package dev.fearless.thread;
