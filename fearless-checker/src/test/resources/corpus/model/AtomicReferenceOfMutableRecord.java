import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

class AtomicReferenceOfMutableRecord {
    // The compact constructor copies only when the list is long: a short list is kept as given, and
    // whoever passed it may still change it.
    record Batch(List<String> items) {
        Batch {
            if (items.size() > 10) {
                items = List.copyOf(items);
            }
        }
    }

    void run(ExecutorService pool, List<String> items) {
        AtomicReference<Batch> current = new AtomicReference<>(new Batch(items));
        pool.execute(() -> System.out.println(current.get().items().size()));
    }
}
