import dev.fearless.rc.Rc;

import java.util.concurrent.CompletableFuture;

class ThenAcceptNonAsyncRc {
    void run(CompletableFuture<String> reply) {
        Rc<StringBuilder> out = Rc.of(new StringBuilder());
        reply.thenAccept(s -> out.get().append(s));
    }
}
