// expect: no diagnostic
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

class OptionalAndUuidCaptures {
    CompletableFuture<String> audit(Optional<String> user, UUID requestId, long startedAt) {
        Optional<Integer> retries = Optional.of(3);
        return CompletableFuture.runAsync(() -> System.out.println("audit " + requestId))
                .thenApply(ignored -> user.orElse("anonymous") + "@" + requestId + " retries=" + retries.orElse(0)
                        + " t=" + (System.currentTimeMillis() - startedAt));
    }
}
