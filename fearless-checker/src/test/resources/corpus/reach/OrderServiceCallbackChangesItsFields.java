import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A client that registers callbacks on futures its own network thread completes: the callbacks change the
 * client's fields. Without strict the checker leaves a non-async stage's use of the registering object's
 * fields alone (the completer is often that object's own thread); a captured local is still checked.
 */
class OrderServiceCallbackChangesItsFields {
    private final List<String> confirmed = new ArrayList<>();
    private int pending;

    void send(CompletableFuture<String> response) {
        pending++;
        response.whenComplete((id, failure) -> {
            pending--;
            if (failure == null) {
                confirmed.add(id);
            }
        });
    }

    List<String> sendAll(List<CompletableFuture<String>> responses) {
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<String> r : responses) {
            r.thenAccept(ids::add);
        }
        ids.add("local");
        return ids;
    }
}
