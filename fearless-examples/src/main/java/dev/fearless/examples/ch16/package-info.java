/**
 * The listings of the Rust Book's chapter 16 ("Fearless Concurrency") that Rust accepts, ported to Java
 * with Fearless, one class per listing, each with a {@code main} that prints what the Rust program prints.
 *
 * <p>{@code thread::spawn} becomes {@link dev.fearless.thread.Threads#spawn(Runnable)},
 * {@code mpsc::channel()} becomes {@link dev.fearless.sync.mpsc.Channel#unbounded()}, {@code Mutex::new}
 * becomes {@link dev.fearless.sync.Mutex#of(Object)}, and dropping a value (a {@code Sender}, a
 * {@code MutexGuard}) becomes closing it, usually with try-with-resources. The sleeps are a millisecond
 * where the book sleeps a second, so that the examples run fast; the output is the same.
 *
 * <p>The listings that Rust rejects (16-3, 16-4, 16-9, 16-13, 16-14) have no class here: their Java
 * versions are rejected by {@code -Xplugin:Fearless} instead. Listing 16-15, the shared counter, is
 * {@link dev.fearless.examples.seed.SharedCounter}.
 */
package dev.fearless.examples.ch16;
