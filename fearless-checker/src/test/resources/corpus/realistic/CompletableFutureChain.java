// expect: no diagnostic
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

class CompletableFutureChain {
    record User(String id, String name) {
    }

    record Order(String userId, int total) {
    }

    String describe(Executor io, String userId) {
        CompletableFuture<User> user = CompletableFuture.supplyAsync(() -> new User(userId, "Ann"), io);
        CompletableFuture<Order> order = CompletableFuture.supplyAsync(() -> new Order(userId, 42), io);
        return user.thenCombine(order, (u, o) -> u.name() + " spent " + o.total())
                .thenApply(s -> s + " (" + userId + ")")
                .exceptionally(e -> "unknown user " + userId)
                .join();
    }
}
