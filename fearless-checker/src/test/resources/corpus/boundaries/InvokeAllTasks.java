import dev.fearless.rc.Rc;

import java.util.List;
import java.util.concurrent.ExecutorService;

class InvokeAllTasks {
    void run(ExecutorService pool) throws InterruptedException {
        Rc<String> name = Rc.of("job");
        pool.invokeAll(List.of(() -> 1, () -> name.get().length()));
    }
}
