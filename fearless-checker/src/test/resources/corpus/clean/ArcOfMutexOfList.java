// expect: no diagnostic
import dev.fearless.sync.Arc;
import dev.fearless.sync.Mutex;
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class ArcOfMutexOfList {
    List<String> collect() {
        Arc<Mutex<List<String>>> results = Arc.of(Mutex.of(new ArrayList<>()));
        List<JoinHandle<Void>> handles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Arc<Mutex<List<String>>> mine = results.clone();
            int n = i;
            handles.add(Threads.spawn(() -> {
                try (var guard = mine.get().lock()) {
                    guard.get().add("worker " + n);
                }
            }));
        }
        handles.forEach(JoinHandle::join);
        try (var guard = results.get().lock()) {
            return List.copyOf(guard.get());
        }
    }
}
