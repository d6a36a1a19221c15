import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

class ThenApplyAsyncSharesIterator {
    String run(CompletableFuture<Integer> pending, List<String> names) {
        Iterator<String> it = names.iterator();
        CompletableFuture<String> next = pending.thenApplyAsync(n -> it.next() + n);
        return it.next() + next.join();
    }
}
