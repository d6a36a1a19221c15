// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

class SupplyAsyncReturnsList {
    CompletableFuture<List<String>> run() {
        return CompletableFuture.supplyAsync(() -> new ArrayList<>(List.of("made on a pool thread")));
    }
}
