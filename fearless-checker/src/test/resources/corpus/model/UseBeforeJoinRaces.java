import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class UseBeforeJoinRaces {
    List<String> run() {
        List<String> work = new ArrayList<>();
        JoinHandle<Void> h = Threads.spawn(() -> {
            work.add("from the thread");
        });
        work.add("before join");
        h.join();
        return work;
    }
}
