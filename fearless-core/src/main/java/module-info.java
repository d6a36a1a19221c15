/**
 * Fearless: Rust's shared-state concurrency for Java.
 *
 * <p>Packages mirror Rust's modules: {@code dev.fearless.rc} ({@code Rc}), {@code dev.fearless.sync}
 * ({@code Arc}, {@code Mutex}, {@code RwLock}, {@code Condvar}, {@code OnceLock}, {@code LazyLock}),
 * {@code dev.fearless.sync.mpsc} (channels), {@code dev.fearless.thread} (spawn, join, scoped threads) and
 * {@code dev.fearless.marker} ({@code @Send}, {@code @Sync} and their negations, read by the
 * {@code -Xplugin:Fearless} compiler plugin).
 */
module dev.fearless {
    exports dev.fearless.marker;
    exports dev.fearless.rc;
    exports dev.fearless.sync;
    exports dev.fearless.sync.mpsc;
    exports dev.fearless.thread;
}
