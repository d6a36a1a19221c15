/**
 * Single-threaded reference counting: {@link dev.fearless.rc.Rc}, Rust's {@code std::rc}. An {@code Rc}
 * is confined to the thread that created it; share across threads with {@link dev.fearless.sync.Arc}.
 */
package dev.fearless.rc;
