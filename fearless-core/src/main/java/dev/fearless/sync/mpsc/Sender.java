package dev.fearless.sync.mpsc;

import dev.fearless.marker.Send;
import dev.fearless.marker.Sync;

import java.util.Optional;

/**
 * The sending half of a channel (Rust's {@code std::sync::mpsc::Sender}, and {@code SyncSender} for a
 * bounded channel). Clone it to give each producer thread its own handle; the receiver sees the
 * channel as disconnected once every clone is closed.
 *
 * <pre>{@code
 * // The Rust Book, listing 16-11: several producers by cloning the sender
 * Channel<String> channel = Channel.unbounded();
 * Receiver<String> rx = channel.receiver();
 * Sender<String> tx = channel.sender();
 * Sender<String> tx1 = tx.clone();
 * Threads.spawn(() -> {
 *     try (tx1) {
 *         for (String val : List.of("hi", "from", "the", "thread")) {
 *             tx1.send(val);
 *             Threads.sleep(Duration.ofSeconds(1));
 *         }
 *     }
 * });
 * Threads.spawn(() -> {
 *     try (tx) {
 *         for (String val : List.of("more", "messages", "for", "you")) {
 *             tx.send(val);
 *             Threads.sleep(Duration.ofSeconds(1));
 *         }
 *     }
 * });
 * for (String received : rx) {
 *     System.out.println("Got: " + received);
 * }
 * }</pre>
 *
 * <p>Each handle is closed exactly once ({@link #close()} is Rust's drop); a second {@code close()},
 * and {@code send}, {@code trySend} or {@code clone} on a closed handle, throw
 * {@link IllegalStateException} and change nothing. Channels do not carry {@code null}: sending it
 * throws {@link NullPointerException}.
 *
 * <p>Marked {@link Send @Send}{@code (ifSend = "T")}: a sender may move to another thread if its
 * messages may. Marked {@link Sync @Sync}{@code (ifSend = "T")}, as Rust's {@code Sender} is since
 * Rust 1.72: one handle may be shared by several threads that send at once, since every operation
 * takes the channel's lock. A send that is blocked when another thread closes the handle still
 * completes.
 *
 * <p>Memory consistency effects: actions in a thread prior to {@code send} (or a successful
 * {@code trySend}) happen-before the {@code recv} that returns that message; actions prior to the
 * {@code close()} of the last sender happen-before the receiver observes the disconnection.
 *
 * @param <T> the message type
 */
@Send(ifSend = "T")
@Sync(ifSend = "T")
public final class Sender<T> implements AutoCloseable {
    private final ChannelState<T> state;
    boolean closed; // guarded by the channel's lock

    Sender(ChannelState<T> state) {
        this.state = state;
    }

    /**
     * Sends {@code value} to the receiver (Rust's {@code send}). On an unbounded channel it never
     * blocks; on a bounded one it waits while the buffer is full; on a rendezvous channel
     * ({@code bounded(0)}) it waits until the receiver has taken the value. A wait is not cut short by
     * an interrupt; the interrupt flag stays set for the caller.
     *
     * <pre>{@code
     * // The Rust Book, listing 16-8
     * Channel<String> channel = Channel.unbounded();
     * Sender<String> tx = channel.sender();
     * Threads.spawn(() -> {
     *     try (tx) {
     *         String val = "hi";
     *         tx.send(val); // the value now belongs to the receiver: do not use val again
     *     }
     * });
     * String received = channel.receiver().recv();
     * }</pre>
     *
     * <p>The {@link Send @Send} parameter tells the {@code -Xplugin:Fearless} checker that the value
     * moves to another thread: it must be Send, and the caller must not use it afterwards.
     *
     * <p>Memory consistency effects: actions in the calling thread prior to this call happen-before
     * the {@code recv} that returns {@code value}.
     *
     * @param value the message
     * @return empty if the value was sent; else the value itself, handed back because the receiver
     *     is closed (Rust's {@code Err(SendError(value))})
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalStateException if this handle is closed
     */
    public Optional<T> send(@Send T value) {
        return state.send(this, value);
    }

    /**
     * Sends {@code value} only if that needs no waiting (Rust's {@code SyncSender::try_send}). On a
     * bounded channel it hands the value back when the buffer is full; on a rendezvous channel, unless
     * the receiver is waiting in a receive right now; on an unbounded channel it behaves like
     * {@link #send(Object)}. In every case it also hands the value back when the receiver is closed.
     * The result does not say which of the two happened; a {@link #send(Object)} that hands the value
     * back tells that the receiver is gone.
     *
     * <pre>{@code
     * Channel<Integer> channel = Channel.bounded(1);
     * Sender<Integer> tx = channel.sender();
     * tx.trySend(1);                        // empty: sent
     * Optional<Integer> back = tx.trySend(2); // Optional[2]: the buffer is full
     * }</pre>
     *
     * <p>The {@link Send @Send} parameter tells the {@code -Xplugin:Fearless} checker that the value
     * moves to another thread.
     *
     * <p>Memory consistency effects: if the value was sent, actions in the calling thread prior to
     * this call happen-before the {@code recv} that returns it.
     *
     * @param value the message
     * @return empty if the value was sent; else the value itself, because the channel is full (no
     *     receiver waiting, for a rendezvous channel) or the receiver is closed
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalStateException if this handle is closed
     */
    public Optional<T> trySend(@Send T value) {
        return state.trySend(this, value);
    }

    /**
     * A new sender for the same channel (Rust's {@code Sender::clone}); the channel stays connected
     * until every sender is closed.
     *
     * <pre>{@code
     * Sender<String> tx = Channel.<String>unbounded().sender();
     * Sender<String> tx1 = tx.clone();
     * Threads.spawn(() -> {
     *     try (tx1) {
     *         tx1.send("from the second producer");
     *     }
     * });
     * }</pre>
     *
     * <p>Memory consistency effects: none beyond the channel lock taken by this call.
     *
     * @return a new, open handle
     * @throws IllegalStateException if this handle is closed
     */
    @Override
    public Sender<T> clone() {
        state.cloneSender(this);
        return new Sender<>(state);
    }

    /**
     * Closes this handle (Rust's drop of a {@code Sender}). When the last sender of a channel is
     * closed, the receiver, once it has drained the buffer, sees the channel as disconnected: its
     * for-each ends and {@code recv} throws {@link DisconnectedException}. Messages already sent are
     * still delivered.
     *
     * <pre>{@code
     * Channel<String> channel = Channel.unbounded();
     * try (Sender<String> tx = channel.sender()) {
     *     tx.send("last words");
     * } // closed here
     * }</pre>
     *
     * <p>Memory consistency effects: actions prior to closing the last sender happen-before the
     * receiver observes the disconnection.
     *
     * @throws IllegalStateException if this handle is already closed (nothing changes)
     */
    @Override
    public void close() {
        state.closeSender(this);
    }

    @Override
    public String toString() {
        return "Sender[" + (state.isClosed(this) ? "closed" : "open") + "]";
    }
}
