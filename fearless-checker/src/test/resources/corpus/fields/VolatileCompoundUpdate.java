import dev.fearless.thread.Threads;

class VolatileCompoundUpdate {
    private volatile long hits;

    void run() {
        Threads.spawn(() -> this.hits += 1);
    }
}
