/**
 * Shared-state concurrency, Rust's {@code std::sync}: {@link dev.fearless.sync.Arc} to share ownership,
 * and locks that own their data, reachable only through a guard.
 *
 * <ul>
 *   <li>{@link dev.fearless.sync.Mutex} / {@link dev.fearless.sync.MutexGuard}: one thread at a time;</li>
 *   <li>{@link dev.fearless.sync.RwLock} / {@link dev.fearless.sync.RwLockReadGuard} /
 *       {@link dev.fearless.sync.RwLockWriteGuard}: many readers or one writer;</li>
 *   <li>{@link dev.fearless.sync.Condvar}: wait, with a mutex released, until a condition on its value
 *       holds;</li>
 *   <li>{@link dev.fearless.sync.OnceLock} and {@link dev.fearless.sync.LazyLock}: values initialized
 *       once, by whichever thread comes first.</li>
 * </ul>
 *
 * <pre>{@code
 * Arc<Mutex<Integer>> counter = Arc.of(Mutex.of(0));
 * // each thread gets its own handle: counter.clone()
 * counter.get().withLock(guard -> {
 *     guard.update(n -> n + 1);
 *     return null;
 * });
 * }</pre>
 *
 * <p>A {@link java.lang.Throwable} escaping {@code Mutex.withLock} or {@code RwLock.withWrite}
 * <em>poisons</em> the lock ({@link dev.fearless.sync.PoisonException}), as a panic does in Rust.
 * Same-thread re-entrance is reported with an {@link java.lang.IllegalStateException} rather than a
 * deadlock. None of these types uses {@code synchronized}, so virtual threads never pin on them.
 */
package dev.fearless.sync;
