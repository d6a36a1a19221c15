// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

// A local holder the producer keeps filling with immutable copies while a monitor task reads the latest one.
class LatestBatchLocalReference {
    List<String> run(ExecutorService pool, List<String> lines) throws Exception {
        AtomicReference<List<String>> latest = new AtomicReference<>(List.of());
        Future<?> monitor = pool.submit(() -> System.out.println(latest.get().size()));
        List<String> batch = new ArrayList<>();
        for (String line : lines) {
            batch.add(line);
            latest.set(List.copyOf(batch));
        }
        monitor.get();
        return latest.get();
    }
}
