package dev.fearless.sync.mpsc;

import dev.fearless.marker.NotSync;
import dev.fearless.marker.Send;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The receiving half of a channel (Rust's {@code std::sync::mpsc::Receiver}): the single consumer.
 * A for-each over it receives every message until every sender is closed and the buffer is drained.
 *
 * <pre>{@code
 * // The Rust Book, listing 16-10
 * Channel<String> channel = Channel.unbounded();
 * Sender<String> tx = channel.sender();
 * Threads.spawn(() -> {
 *     try (tx) {
 *         for (String val : List.of("hi", "from", "the", "thread")) {
 *             tx.send(val);
 *             Threads.sleep(Duration.ofSeconds(1));
 *         }
 *     }
 * });
 * for (String received : channel.receiver()) {
 *     System.out.println("Got: " + received);
 * }
 * }</pre>
 *
 * <p>Messages sent before the last sender closed are still delivered. A receive that waits is not cut
 * short by an interrupt; the interrupt flag stays set for the caller (close the senders to end a
 * wait). The handle is closed exactly once; a second {@code close()} and any receive on a closed
 * receiver throw {@link IllegalStateException} and change nothing.
 *
 * <p>Marked {@link Send @Send}{@code (ifSend = "T")}: the receiver may move to the thread that
 * consumes, if its messages may. Marked {@link NotSync @NotSync}: there is one consumer; to consume
 * on several threads, receive on one and hand the work on.
 *
 * <p>Memory consistency effects: actions in a thread prior to sending a message happen-before the
 * receive that returns that message; actions prior to closing the last sender happen-before a receive
 * that reports the disconnection.
 *
 * @param <T> the message type
 */
@Send(ifSend = "T")
@NotSync(reason = "it is the channel's single consumer, and its iterator holds unsynchronized state",
        help = "move the Receiver into the one thread that receives; to share work, clone the Sender instead, "
                + "or receive on one thread and hand messages on")
public final class Receiver<T> implements AutoCloseable, Iterable<T> {
    private final ChannelState<T> state;
    boolean closed; // guarded by the channel's lock

    Receiver(ChannelState<T> state) {
        this.state = state;
    }

    /**
     * Waits for the next message and returns it (Rust's {@code recv}).
     *
     * <pre>{@code
     * Receiver<String> rx = Channel.<String>unbounded().receiver();
     * // The Rust Book, listing 16-8
     * String received = rx.recv();
     * System.out.println("Got: " + received);
     * }</pre>
     *
     * <p>Memory consistency effects: actions in the sending thread prior to the {@code send} of the
     * returned message happen-before this method returns.
     *
     * @return the next message, in the order its sender sent it
     * @throws DisconnectedException if every sender is closed and the buffer is empty
     * @throws IllegalStateException if this receiver is closed
     */
    public T recv() {
        T value = state.recvOrNull(this);
        if (value == null) {
            throw ChannelState.disconnected();
        }
        return value;
    }

    /**
     * The next message if one is waiting in the buffer, without blocking (Rust's {@code try_recv}).
     *
     * <pre>{@code
     * Receiver<String> rx = Channel.<String>unbounded().receiver();
     * Optional<String> maybe = rx.tryRecv();
     * maybe.ifPresent(m -> System.out.println("Got: " + m));
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #recv()}, when a message is returned.
     *
     * @return the next message, or empty if none is buffered right now
     * @throws DisconnectedException if every sender is closed and the buffer is empty
     * @throws IllegalStateException if this receiver is closed
     */
    public Optional<T> tryRecv() {
        return Optional.ofNullable(state.tryRecv(this));
    }

    /**
     * Waits at most {@code timeout} for the next message (Rust's {@code recv_timeout}). A message that
     * arrives while the time runs out is still taken. Zero or negative timeouts poll once; huge ones
     * such as {@code Duration.ofMillis(Long.MAX_VALUE)} do not overflow.
     *
     * <pre>{@code
     * Receiver<String> rx = Channel.<String>unbounded().receiver();
     * Optional<String> maybe = rx.recvTimeout(Duration.ofMillis(100));
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #recv()}, when a message is returned.
     *
     * @param timeout how long to wait at most
     * @return the next message, or empty if none arrived in time
     * @throws DisconnectedException if every sender is closed and the buffer is empty (at the start or
     *     while waiting)
     * @throws IllegalStateException if this receiver is closed
     */
    public Optional<T> recvTimeout(Duration timeout) {
        return Optional.ofNullable(state.recvTimeout(this, ChannelState.saturatedNanos(timeout)));
    }

    /**
     * A blocking iterator over the messages (Rust's {@code iter}): {@code hasNext()} waits for the next
     * message and returns {@code false} once every sender is closed and the buffer is drained.
     *
     * <pre>{@code
     * Receiver<String> rx = Channel.<String>unbounded().receiver();
     * for (String received : rx) {
     *     System.out.println("Got: " + received);
     * }
     * // every sender is closed here
     * }</pre>
     *
     * <p>Memory consistency effects: as for {@link #recv()}, for each message returned by
     * {@code next()}.
     *
     * @return an iterator that receives from this receiver; it throws {@link IllegalStateException}
     *     if the receiver is closed
     */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private T next; // received ahead by hasNext

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = state.recvOrNull(Receiver.this);
                }
                return next != null;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("every Sender is closed and the buffer is empty");
                }
                T value = next;
                next = null;
                return value;
            }
        };
    }

    /**
     * Closes the receiver (Rust's drop of a {@code Receiver}): later sends hand their values back,
     * senders waiting for space or for a rendezvous wake up and hand theirs back, and messages still
     * buffered are discarded, running {@code close()} on each that is {@link AutoCloseable}, in order,
     * on this thread. If such a {@code close()} throws, the others still run, and the first exception
     * is rethrown as the same object with the later ones suppressed; the receiver is closed all the
     * same.
     *
     * <pre>{@code
     * Channel<Connection> channel = Channel.unbounded();
     * try (Receiver<Connection> rx = channel.receiver()) {
     *     Connection first = rx.recv();
     *     // ...
     * } // connections still buffered are closed here
     * }</pre>
     *
     * <p>Memory consistency effects: actions in the sending threads prior to sending a buffered
     * message happen-before its {@code close()} runs.
     *
     * @throws IllegalStateException if the receiver is already closed (nothing changes)
     */
    @Override
    public void close() {
        List<T> dropped = state.closeReceiver(this);
        Throwable first = null;
        for (T value : dropped) {
            if (!(value instanceof AutoCloseable)) {
                continue;
            }
            try {
                ((AutoCloseable) value).close();
            } catch (Throwable e) {
                if (first == null) {
                    first = e;
                } else if (first != e) {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw Receiver.<RuntimeException>sneaky(first);
        }
    }

    /** Rethrows a value's own cleanup failure unchanged, even a checked one. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable failure) throws E {
        throw (E) failure;
    }

    @Override
    public String toString() {
        return "Receiver[" + (state.capacity() == ChannelState.UNBOUNDED ? "unbounded" : "bounded(" + state.capacity() + ")")
                + "]";
    }
}
