import dev.fearless.rc.Rc;

import java.util.concurrent.CompletableFuture;

class CompletableFutureAsync {
    void run() {
        Rc<String> name = Rc.of("job");
        CompletableFuture.supplyAsync(() -> name.get().length()).join();
    }
}
