package dev.fearless.thread;

import dev.fearless.marker.Send;

import java.util.function.Supplier;

/** Spawning threads (Rust's {@code std::thread}). SKELETON: to be implemented. */
public final class Threads {
    private Threads() {
    }

    public static <T> JoinHandle<T> spawn(@Send Supplier<T> body) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static JoinHandle<Void> spawn(@Send Runnable body) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
