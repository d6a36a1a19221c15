/**
 * Multi-producer, single-consumer channels, Rust's {@code std::sync::mpsc}: message passing between
 * threads, the Rust Book's section 16.2.
 *
 * <pre>{@code
 * Channel<String> channel = Channel.unbounded();      // or Channel.bounded(n); n = 0: rendezvous
 * Sender<String> tx = channel.sender();
 * Threads.spawn(() -> {
 *     try (tx) {
 *         tx.send("hi");
 *     }
 * });
 * for (String received : channel.receiver()) {      // ends once every Sender is closed
 *     System.out.println("Got: " + received);
 * }
 * }</pre>
 *
 * <p>{@link dev.fearless.sync.mpsc.Sender} is cloneable, Send and Sync if its messages are Send;
 * {@link dev.fearless.sync.mpsc.Receiver} is Send but not Sync. Actions before a send happen-before
 * the receive that returns the message. Channels do not carry {@code null}.
 */
package dev.fearless.sync.mpsc;
