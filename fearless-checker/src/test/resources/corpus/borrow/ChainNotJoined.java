import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

class ChainNotJoined {
    CompletableFuture<Integer> run() {
        List<String> parts = new ArrayList<>();
        CompletableFuture<Integer> n = CompletableFuture.supplyAsync(() -> parts.add("a"))
                .thenApply(added -> 1);
        parts.add("b");
        return n;
    }
}
