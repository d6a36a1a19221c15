/**
 * Threads with join handles, Rust's {@code std::thread}: {@link dev.fearless.thread.Threads#spawn}
 * returns a {@link dev.fearless.thread.JoinHandle} whose {@code join()} hands back the thread's result
 * or throws {@link dev.fearless.thread.PanicException} with the thread's own exception as the cause;
 * {@link dev.fearless.thread.Threads#scope} joins every thread spawned in it before it returns;
 * {@link dev.fearless.thread.Threads#builder()} names a thread, makes it a daemon or a virtual thread.
 *
 * <pre>{@code
 * JoinHandle<Integer> handle = Threads.spawn(() -> 6 * 7);
 * int answer = handle.join();
 *
 * int[] parts = {1, 2, 3, 4};
 * int sum = Threads.scope(s -> {
 *     ScopedJoinHandle<Integer> a = s.spawn(() -> parts[0] + parts[1]);
 *     ScopedJoinHandle<Integer> b = s.spawn(() -> parts[2] + parts[3]);
 *     return a.join() + b.join();
 * });
 * }</pre>
 *
 * <p>The {@code @Send} parameters of the spawn methods mark thread boundaries for the
 * {@code -Xplugin:Fearless} checker. No method here declares a checked exception: waits are not cut
 * short by interrupts, and the interrupt flag is kept for the caller.
 */
package dev.fearless.thread;
