import dev.fearless.sync.Arc;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class ArcOfArrayList {
    void run() {
        Arc<List<String>> shared = Arc.of(new ArrayList<>());
        Threads.spawn(() -> shared.get().size());
    }
}
