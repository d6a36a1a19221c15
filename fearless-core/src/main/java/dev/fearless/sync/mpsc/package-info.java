/**
 * Multi-producer, single-consumer channels, Rust's {@code std::sync::mpsc}.
 */
package dev.fearless.sync.mpsc;
