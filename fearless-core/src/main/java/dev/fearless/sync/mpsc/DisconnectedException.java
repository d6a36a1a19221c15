package dev.fearless.sync.mpsc;

/**
 * Thrown by a {@link Receiver} when nothing will ever arrive: every sender is closed and the buffer is
 * empty (Rust's {@code RecvError}, and the {@code Disconnected} cases of {@code TryRecvError} and
 * {@code RecvTimeoutError}).
 *
 * <pre>{@code
 * Receiver<String> rx = Channel.<String>unbounded().receiver();
 * try {
 *     while (true) {
 *         handle(rx.recv());
 *     }
 * } catch (DisconnectedException e) {
 *     // every Sender is closed and every message has been received
 * }
 * }</pre>
 *
 * <p>Unchecked, so that receiving declares no checked exception, like Rust's {@code recv().unwrap()}.
 */
public class DisconnectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with the given message.
     *
     * <pre>{@code
     * throw new DisconnectedException("every Sender is closed");
     * }</pre>
     *
     * @param message what happened
     */
    public DisconnectedException(String message) {
        super(message);
    }
}
