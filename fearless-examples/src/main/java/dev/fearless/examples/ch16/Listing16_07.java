package dev.fearless.examples.ch16;

import dev.fearless.sync.mpsc.Channel;
import dev.fearless.sync.mpsc.Receiver;
import dev.fearless.sync.mpsc.Sender;
import dev.fearless.thread.Threads;

/**
 * The Rust Book, listing 16-7, "Moving {@code tx} to a spawned thread and sending {@code "hi"}".
 *
 * <pre>{@code
 * use std::sync::mpsc;
 * use std::thread;
 *
 * fn main() {
 *     let (tx, rx) = mpsc::channel();
 *
 *     thread::spawn(move || {
 *         let val = String::from("hi");
 *         tx.send(val).unwrap();
 *     });
 * }
 * }</pre>
 *
 * <p>Rust prints nothing: nobody receives yet (listing 16-8 does). This port prints nothing either.
 *
 * <p>The closure's {@code move} of {@code tx} becomes a lambda that captures {@code tx} and closes it
 * when done ({@code try (tx)}), which is Rust's drop of {@code tx} at the end of the closure. Rust's
 * {@code send} returns {@code Err(value)} when the receiver is gone, and {@code unwrap} panics on it;
 * {@link Sender#send(Object)} returns that value in an {@code Optional} instead, which is empty here
 * because the receiver is never closed.
 */
public final class Listing16_07 {
    private Listing16_07() {
    }

    /**
     * Creates a channel and spawns a thread that sends {@code "hi"} on it.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Channel<String> channel = Channel.unbounded();
        Sender<String> tx = channel.sender();
        Receiver<String> rx = channel.receiver();

        Threads.spawn(() -> {
            try (tx) {
                String val = "hi";
                tx.send(val);
            }
        });
    }
}
