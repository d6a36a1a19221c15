// expect: no diagnostic
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

class RetryWithHandle {
    CompletableFuture<String> fetch(Executor io, String key, int attemptsLeft, Duration backoff) {
        return CompletableFuture.supplyAsync(() -> lookup(key), io)
                .handle((value, error) -> {
                    if (error == null) {
                        return CompletableFuture.completedFuture(value);
                    }
                    if (attemptsLeft == 0) {
                        return CompletableFuture.<String>failedFuture(error);
                    }
                    return fetch(io, key, attemptsLeft - 1, backoff.multipliedBy(2));
                })
                .thenCompose(f -> f);
    }

    private static String lookup(String key) {
        return key.isEmpty() ? null : key.toUpperCase();
    }
}
