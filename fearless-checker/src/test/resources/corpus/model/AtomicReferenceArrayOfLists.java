import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReferenceArray;

class AtomicReferenceArrayOfLists {
    void run(ExecutorService pool) {
        AtomicReferenceArray<List<String>> buckets = new AtomicReferenceArray<>(8);
        buckets.set(0, new ArrayList<>());
        pool.execute(() -> buckets.get(0).add("x"));
    }
}
