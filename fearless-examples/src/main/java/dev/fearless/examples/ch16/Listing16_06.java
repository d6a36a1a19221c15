package dev.fearless.examples.ch16;

import dev.fearless.sync.mpsc.Channel;
import dev.fearless.sync.mpsc.Receiver;
import dev.fearless.sync.mpsc.Sender;

/**
 * The Rust Book, listing 16-6, "Creating a channel and assigning the two halves to {@code tx} and
 * {@code rx}".
 *
 * <pre>{@code
 * use std::sync::mpsc;
 *
 * fn main() {
 *     let (tx, rx) = mpsc::channel();
 * }
 * }</pre>
 *
 * <p>Rust prints nothing; in fact the book notes that this listing does not compile yet, only because
 * Rust cannot infer the type of the values the channel carries until something is sent (listing 16-7).
 * Java states the type up front, so this port compiles, and prints nothing either.
 * {@link Channel#unbounded()} is {@code mpsc::channel()}; the {@code (tx, rx)} pair is the channel's
 * {@link Channel#sender() sender()} and {@link Channel#receiver() receiver()}.
 */
public final class Listing16_06 {
    private Listing16_06() {
    }

    /**
     * Creates a channel and takes its two halves.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Channel<String> channel = Channel.unbounded();
        Sender<String> tx = channel.sender();
        Receiver<String> rx = channel.receiver();
    }
}
