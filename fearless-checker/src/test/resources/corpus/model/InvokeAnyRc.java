import dev.fearless.rc.Rc;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

class InvokeAnyRc {
    int run(ExecutorService pool) throws InterruptedException, ExecutionException {
        Rc<String> name = Rc.of("mirror");
        return pool.invokeAny(List.of(() -> name.get().length()));
    }
}
