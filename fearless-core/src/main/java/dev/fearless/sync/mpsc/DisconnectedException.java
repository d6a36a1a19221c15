package dev.fearless.sync.mpsc;

/**
 * Thrown by a {@code Receiver} when nothing will ever arrive: every sender is closed and the buffer is
 * empty (Rust's {@code RecvError}).
 */
public class DisconnectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with the given message. */
    public DisconnectedException(String message) {
        super(message);
    }
}
