// expect: no diagnostic
import dev.fearless.sync.Arc;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

class InvokeAnyArc {
    int run(ExecutorService pool) throws InterruptedException, ExecutionException {
        Arc<String> name = Arc.of("mirror");
        return pool.invokeAny(List.of(() -> name.get().length()));
    }
}
