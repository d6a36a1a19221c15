import dev.fearless.rc.Rc;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

class ThenApplyAsyncRc {
    CompletableFuture<Integer> run(CompletableFuture<String> reply, Executor pool) {
        Rc<String> prefix = Rc.of(">");
        return reply.thenApplyAsync(s -> (prefix.get() + s).length(), pool);
    }
}
