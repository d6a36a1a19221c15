package dev.fearless.examples.ch16;

import dev.fearless.sync.mpsc.Channel;
import dev.fearless.sync.mpsc.Receiver;
import dev.fearless.sync.mpsc.Sender;
import dev.fearless.thread.Threads;

import java.time.Duration;
import java.util.List;

/**
 * The Rust Book, listing 16-11, "Sending multiple messages from multiple producers".
 *
 * <pre>{@code
 * use std::sync::mpsc;
 * use std::thread;
 * use std::time::Duration;
 *
 * fn main() {
 *     let (tx, rx) = mpsc::channel();
 *
 *     let tx1 = tx.clone();
 *     thread::spawn(move || {
 *         let vals = vec![
 *             String::from("hi"),
 *             String::from("from"),
 *             String::from("the"),
 *             String::from("thread"),
 *         ];
 *
 *         for val in vals {
 *             tx1.send(val).unwrap();
 *             thread::sleep(Duration::from_secs(1));
 *         }
 *     });
 *
 *     thread::spawn(move || {
 *         let vals = vec![
 *             String::from("more"),
 *             String::from("messages"),
 *             String::from("for"),
 *             String::from("you"),
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
 * <p>Rust prints, for example:
 * <pre>
 * Got: hi
 * Got: more
 * Got: from
 * Got: messages
 * Got: for
 * Got: the
 * Got: thread
 * Got: you
 * </pre>
 * All eight words always come, each producer's four in the order it sent them; how the two producers
 * interleave changes from run to run. This port prints the same, pausing a millisecond instead of a
 * second. {@link Sender#clone()} is {@code tx.clone()}: a second handle to the same channel, moved into
 * the first thread while the original moves into the second. Each thread closes its own handle when
 * done ({@code try (tx1)}, {@code try (tx)}), and the {@code for} loop over {@code rx} ends once both
 * are closed.
 */
public final class Listing16_11 {
    private Listing16_11() {
    }

    /**
     * Spawns two producers, each sending four words on its own handle to one channel with a pause
     * after each, and prints every word as it arrives until both have closed their handles.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Channel<String> channel = Channel.unbounded();
        Sender<String> tx = channel.sender();
        Receiver<String> rx = channel.receiver();

        Sender<String> tx1 = tx.clone();
        Threads.spawn(() -> {
            try (tx1) {
                List<String> vals = List.of("hi", "from", "the", "thread");

                for (String val : vals) {
                    tx1.send(val);
                    Threads.sleep(Duration.ofMillis(1));
                }
            }
        });

        Threads.spawn(() -> {
            try (tx) {
                List<String> vals = List.of("more", "messages", "for", "you");

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
