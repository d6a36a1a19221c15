import java.util.concurrent.Executor;

class NonVolatileStatusAssigned {
    private String status = "idle";

    void run(Executor executor) {
        executor.execute(() -> this.status = "busy");
    }

    String status() {
        return status;
    }
}
