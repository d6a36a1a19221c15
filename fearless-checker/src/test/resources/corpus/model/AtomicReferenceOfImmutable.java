// expect: no diagnostic
import dev.fearless.sync.Arc;
import dev.fearless.sync.Mutex;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

class AtomicReferenceOfImmutable {
    void run() {
        AtomicReference<String> latest = new AtomicReference<>("");
        Arc<Mutex<List<String>>> log = Arc.of(Mutex.of(new ArrayList<>()));
        Threads.spawn(() -> {
            latest.set("a");
            try (var guard = log.get().lock()) {
                guard.get().add("a");
            }
        });
    }
}
