// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

class ChainJoinedAtTheEnd {
    int run() {
        List<String> parts = new ArrayList<>();
        int n = CompletableFuture.supplyAsync(() -> parts.add("a"))
                .thenApply(added -> parts.size())
                .join();
        parts.add("b");
        return n + parts.size();
    }
}
