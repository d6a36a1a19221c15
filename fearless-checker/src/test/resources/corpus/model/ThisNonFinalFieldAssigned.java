import dev.fearless.thread.Threads;

class ThisNonFinalFieldAssigned {
    private String status = "idle";

    void run() {
        Threads.spawn(() -> {
            status = "running";
        });
    }
}
