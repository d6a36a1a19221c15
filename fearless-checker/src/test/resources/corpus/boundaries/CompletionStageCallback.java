import dev.fearless.rc.Rc;

import java.util.concurrent.CompletableFuture;

class CompletionStageCallback {
    void run(CompletableFuture<Integer> pending) {
        Rc<StringBuilder> log = Rc.of(new StringBuilder());
        pending.thenAccept(n -> log.get().append(n));
    }
}
