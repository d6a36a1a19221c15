// options: strict
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** With strict, a non-async stage that changes the registering object's fields is a race. */
class CompleterChangesFieldsStrict {
    private final List<String> confirmed = new ArrayList<>();

    void send(CompletableFuture<String> response) {
        response.thenAccept(id -> confirmed.add(id));
    }
}
