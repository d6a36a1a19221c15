/**
 * Shared-state concurrency, Rust's {@code std::sync}: {@link dev.fearless.sync.Arc}, and locks that own
 * their data ({@link dev.fearless.sync.Mutex}).
 */
package dev.fearless.sync;
