// expect: no diagnostic
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

class AllOfThenCombine {
    CompletableFuture<String> report(Executor io, List<String> ids) {
        List<CompletableFuture<String>> parts = ids.stream()
                .map(id -> CompletableFuture.supplyAsync(() -> "item " + id, io))
                .collect(Collectors.toList());
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
                .thenApply(done -> parts.stream().map(CompletableFuture::join).collect(Collectors.joining(", ")));
    }
}
