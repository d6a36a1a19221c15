import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

class StoredMethodReferenceUsedAfter {
    void run() {
        List<String> names = new ArrayList<>();
        Runnable clear = names::clear;
        CompletableFuture.runAsync(clear);
        names.add("late");
    }
}
