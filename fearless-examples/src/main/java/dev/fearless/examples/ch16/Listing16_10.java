package dev.fearless.examples.ch16;

import dev.fearless.sync.mpsc.Channel;
import dev.fearless.sync.mpsc.Receiver;
import dev.fearless.sync.mpsc.Sender;
import dev.fearless.thread.Threads;

import java.time.Duration;
import java.util.List;

/**
 * The Rust Book, listing 16-10, "Sending multiple messages and pausing between each one".
 *
 * <pre>{@code
 * use std::sync::mpsc;
 * use std::thread;
 * use std::time::Duration;
 *
 * fn main() {
 *     let (tx, rx) = mpsc::channel();
 *
 *     thread::spawn(move || {
 *         let vals = vec![
 *             String::from("hi"),
 *             String::from("from"),
 *             String::from("the"),
 *             String::from("thread"),
 *         ];
 *
 *         for val in vals {
 *             tx.send(val).unwrap();
 *             thread::sleep(Duration::from_secs(1));
 *         }
 *     });
 *
 *     for received in rx {
 *         println!("Got: {received}");
 *     }
 * }
 * }</pre>
 *
 * <p>Rust prints, one line a second:
 * <pre>
 * Got: hi
 * Got: from
 * Got: the
 * Got: thread
 * </pre>
 * This port prints the same, pausing a millisecond instead of a second. The {@code for} loop over
 * {@code rx} works as Rust's does: {@link Receiver} is {@code Iterable}, and the loop ends once every
 * sender is closed and every message received. Here the only sender is closed by the spawned thread's
 * {@code try (tx)} after its last message, which is Rust's drop of {@code tx} at the end of the closure;
 * without it the loop would wait forever.
 */
public final class Listing16_10 {
    private Listing16_10() {
    }

    /**
     * Spawns a thread that sends four words with a pause after each, and prints each word as it
     * arrives until the thread closes its sender.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Channel<String> channel = Channel.unbounded();
        Sender<String> tx = channel.sender();
        Receiver<String> rx = channel.receiver();

        Threads.spawn(() -> {
            try (tx) {
                List<String> vals = List.of("hi", "from", "the", "thread");

                for (String val : vals) {
                    tx.send(val);
                    Threads.sleep(Duration.ofMillis(1));
                }
            }
        });

        for (String received : rx) {
            System.out.println("Got: " + received);
        }
    }
}
