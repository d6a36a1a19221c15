import dev.fearless.thread.Threads;

class ThisVolatileCounterIncrement {
    private volatile int count;

    void run() {
        Threads.spawn(() -> count++);
    }
}
