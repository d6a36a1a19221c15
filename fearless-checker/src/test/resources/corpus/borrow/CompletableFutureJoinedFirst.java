// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

class CompletableFutureJoinedFirst {
    int run() {
        List<String> parts = new ArrayList<>();
        CompletableFuture<Void> loading = CompletableFuture.runAsync(() -> parts.add("header"));
        loading.join();
        parts.add("body");
        return parts.size();
    }
}
