// expect: no diagnostic
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

class FuturesAllOf {
    List<Integer> lengths(List<String> urls) {
        List<CompletableFuture<Integer>> futures = urls.stream()
                .map(url -> CompletableFuture.supplyAsync(() -> url.length()))
                .collect(Collectors.toList());
        CompletableFuture.allOf(futures.toArray(new CompletableFuture[0])).join();
        return futures.stream().map(CompletableFuture::join).collect(Collectors.toList());
    }
}
