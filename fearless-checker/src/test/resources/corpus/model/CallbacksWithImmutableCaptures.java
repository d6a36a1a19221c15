// expect: no diagnostic
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

class CallbacksWithImmutableCaptures {
    CompletableFuture<Integer> run(CompletableFuture<String> reply, Executor pool) {
        String prefix = ">";
        int base = 3;
        return reply.thenApply(s -> prefix + s)
                .thenApplyAsync(String::length, pool)
                .thenCombine(CompletableFuture.supplyAsync(() -> base), Integer::sum)
                .whenComplete((v, e) -> System.out.println(prefix + v));
    }
}
