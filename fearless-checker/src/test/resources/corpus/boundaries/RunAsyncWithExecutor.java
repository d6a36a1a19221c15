import dev.fearless.sync.MutexGuard;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

class RunAsyncWithExecutor {
    void run(Executor io, MutexGuard<StringBuilder> held) {
        CompletableFuture.runAsync(() -> held.get().append("x"), io);
    }
}
