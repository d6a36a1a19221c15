// expect: no diagnostic
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class JoinedThroughHandleList {
    int run() {
        List<String> log = new ArrayList<>();
        List<JoinHandle<Void>> handles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<String> mine = new ArrayList<>();
            int n = i;
            JoinHandle<Void> handle = Threads.spawn(() -> {
                mine.add("worker " + n);
            });
            handles.add(handle);
            log.add("started " + n);
        }
        for (JoinHandle<Void> handle : handles) {
            handle.join();
        }
        return log.size();
    }
}
