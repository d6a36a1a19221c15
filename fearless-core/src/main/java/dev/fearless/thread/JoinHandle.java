package dev.fearless.thread;

import dev.fearless.marker.Send;
import dev.fearless.marker.Sync;

/** An owned permission to join a spawned thread (Rust's {@code JoinHandle}). SKELETON. */
@Send
@Sync
public final class JoinHandle<T> {
    JoinHandle() {
    }

    public T join() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public boolean isFinished() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
