import dev.fearless.rc.Rc;

import java.util.concurrent.CompletableFuture;

class WhenCompleteCallback {
    void run(CompletableFuture<String> pending) {
        Rc<StringBuilder> log = Rc.of(new StringBuilder());
        pending.whenComplete((value, error) -> log.get().append(value));
    }
}
