import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class ChangedInLoop {
    List<String> run() {
        List<String> results = new ArrayList<>();
        List<JoinHandle<Void>> handles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            handles.add(Threads.spawn(() -> {
                results.add("worker " + n);
            }));
        }
        handles.forEach(JoinHandle::join);
        return results;
    }
}
