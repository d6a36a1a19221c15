// expect: no diagnostic
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class JoinedByHandleJoin {
    List<String> run() {
        List<String> work = new ArrayList<>();
        JoinHandle<Void> h = Threads.spawn(() -> {
            work.add("from the thread");
        });
        h.join();
        work.add("after join");
        return work;
    }
}
