// expect: no diagnostic
import dev.fearless.sync.Arc;
import dev.fearless.sync.Mutex;
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class ArcMutexMap {
    Map<String, Integer> tally(List<String> votes) {
        Arc<Mutex<Map<String, Integer>>> board = Arc.of(Mutex.of(new HashMap<>()));
        List<JoinHandle<Void>> handles = new ArrayList<>();
        for (String vote : votes) {
            Arc<Mutex<Map<String, Integer>>> mine = board.clone();
            handles.add(Threads.spawn(() -> {
                try (var guard = mine.get().lock()) {
                    guard.get().merge(vote, 1, Integer::sum);
                }
            }));
        }
        handles.forEach(JoinHandle::join);
        try (var guard = board.get().lock()) {
            return Map.copyOf(guard.get());
        }
    }
}
