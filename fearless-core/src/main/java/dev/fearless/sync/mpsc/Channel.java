package dev.fearless.sync.mpsc;

import dev.fearless.marker.NotSync;
import dev.fearless.marker.Send;

/**
 * A new channel: its first {@link Sender} and its {@link Receiver} (Rust's
 * {@code mpsc::channel()} and {@code mpsc::sync_channel(n)}, whose {@code (tx, rx)} pair this is).
 *
 * <pre>{@code
 * // The Rust Book, listing 16-7 and 16-8
 * Channel<String> channel = Channel.unbounded();
 * Sender<String> tx = channel.sender();
 * Receiver<String> rx = channel.receiver();
 * Threads.spawn(() -> {
 *     try (tx) {
 *         tx.send("hi");
 *     }
 * });
 * System.out.println("Got: " + rx.recv());
 * }</pre>
 *
 * <p>{@link #sender()} and {@link #receiver()} return the same two handles every time; more senders
 * come from {@link Sender#clone()}.
 *
 * <p>Marked {@link Send @Send}{@code (ifSend = "T")} and {@link NotSync @NotSync}, because it holds
 * the {@link Receiver}, which is not Sync.
 *
 * <p>Memory consistency effects: see {@link Sender} and {@link Receiver}: actions before a send
 * happen-before the receive that returns the message.
 *
 * @param <T> the message type
 */
@Send(ifSend = "T")
@NotSync(reason = "it holds the channel's Receiver, the single consumer",
        help = "take sender() and receiver() out of the Channel and hand each to the thread that uses it")
public final class Channel<T> {
    private final Sender<T> sender;
    private final Receiver<T> receiver;

    private Channel(int capacity) {
        ChannelState<T> state = new ChannelState<>(capacity);
        this.sender = new Sender<>(state);
        this.receiver = new Receiver<>(state);
    }

    /**
     * A channel whose buffer grows as needed, so {@code send} never blocks (Rust's
     * {@code mpsc::channel()}).
     *
     * <pre>{@code
     * Channel<Integer> channel = Channel.unbounded();
     * channel.sender().send(1);
     * int one = channel.receiver().recv();
     * }</pre>
     *
     * <p>Memory consistency effects: none until a message is sent.
     *
     * @param <T> the message type
     * @return the new channel
     */
    public static <T> Channel<T> unbounded() {
        return new Channel<>(ChannelState.UNBOUNDED);
    }

    /**
     * A channel that buffers at most {@code capacity} messages, so {@code send} waits while it is full
     * (Rust's {@code mpsc::sync_channel(capacity)}). With capacity 0 it is a rendezvous channel: each
     * {@code send} waits until the receiver has taken the value.
     *
     * <pre>{@code
     * Channel<String> rendezvous = Channel.bounded(0);
     * Sender<String> tx = rendezvous.sender();
     * Threads.spawn(() -> {
     *     try (tx) {
     *         tx.send("handshake"); // returns only once the receiver has taken it
     *     }
     * });
     * String got = rendezvous.receiver().recv();
     * }</pre>
     *
     * <p>Memory consistency effects: none until a message is sent.
     *
     * @param capacity how many messages may wait in the buffer; 0 for a rendezvous channel
     * @param <T> the message type
     * @return the new channel
     * @throws IllegalArgumentException if {@code capacity} is negative
     */
    public static <T> Channel<T> bounded(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        return new Channel<>(capacity);
    }

    /**
     * The channel's first sender; the same handle every time.
     *
     * <pre>{@code
     * Channel<String> channel = Channel.unbounded();
     * Sender<String> tx = channel.sender();
     * Sender<String> tx1 = tx.clone();
     * }</pre>
     *
     * <p>Memory consistency effects: none.
     *
     * @return the sender created with the channel
     */
    public Sender<T> sender() {
        return sender;
    }

    /**
     * The channel's receiver; the same handle every time.
     *
     * <pre>{@code
     * Channel<String> channel = Channel.unbounded();
     * Receiver<String> rx = channel.receiver();
     * }</pre>
     *
     * <p>Memory consistency effects: none.
     *
     * @return the single receiver
     */
    public Receiver<T> receiver() {
        return receiver;
    }

    @Override
    public String toString() {
        return "Channel[" + sender + ", " + receiver + "]";
    }
}
