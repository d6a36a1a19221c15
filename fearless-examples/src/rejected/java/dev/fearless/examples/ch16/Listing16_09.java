package dev.fearless.examples.ch16;

import dev.fearless.sync.mpsc.Channel;
import dev.fearless.sync.mpsc.Receiver;
import dev.fearless.sync.mpsc.Sender;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

/**
 * The Rust Book, listing 16-9, "Attempting to use {@code val} after we've sent it down the channel", with a
 * value that can change: after {@code send}, the receiver owns the list, so the sender may not touch it
 * again. rustc rejects the listing with E0382; {@code -Xplugin:Fearless} rejects this port with F0382.
 */
public final class Listing16_09 {
    private Listing16_09() {
    }

    /** Sends a list and then tries to print it on the sending thread. */
    public static void main(String[] args) {
        Channel<List<String>> channel = Channel.unbounded();
        Sender<List<String>> tx = channel.sender();
        Receiver<List<String>> rx = channel.receiver();

        Threads.spawn(() -> {
            try (tx) {
                List<String> val = new ArrayList<>(List.of("hi"));
                tx.send(val);
                System.out.println("val is " + val);
            }
        });

        List<String> received = rx.recv();
        System.out.println("Got: " + received);
    }
}
