package dev.fearless.examples.ch16;

import dev.fearless.sync.mpsc.Channel;
import dev.fearless.sync.mpsc.Receiver;
import dev.fearless.sync.mpsc.Sender;
import dev.fearless.thread.Threads;

/**
 * The Rust Book, listing 16-8, "Receiving the value {@code "hi"} in the main thread and printing it".
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
 *
 *     let received = rx.recv().unwrap();
 *     println!("Got: {received}");
 * }
 * }</pre>
 *
 * <p>Rust prints:
 * <pre>
 * Got: hi
 * </pre>
 * This port prints the same. {@link Receiver#recv()} blocks until a value arrives, as Rust's does; where
 * Rust's {@code recv} returns {@code Err} because every sender is gone (and {@code unwrap} panics), it
 * throws a {@code DisconnectedException}. After {@code tx.send(val)} the value belongs to the receiver:
 * {@code -Xplugin:Fearless} rejects a later use of {@code val} on the sending thread when its type can
 * change (a {@code List}, say), as Rust rejects listing 16-9; a {@code String} cannot change, so reading
 * it again would be allowed.
 */
public final class Listing16_08 {
    private Listing16_08() {
    }

    /**
     * Spawns a thread that sends {@code "hi"}, receives it on the main thread and prints it.
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

        String received = rx.recv();
        System.out.println("Got: " + received);
    }
}
