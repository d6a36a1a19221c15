import dev.fearless.rc.Rc;

import java.util.concurrent.CompletableFuture;

class SupplyAsyncReturnsRc {
    CompletableFuture<Rc<String>> run() {
        return CompletableFuture.supplyAsync(() -> Rc.of("made on a pool thread"));
    }
}
