import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class ScopedThreadsShareAMutableList {
    List<String> run() {
        List<String> log = new ArrayList<>();
        Threads.scope(s -> {
            s.spawn(() -> log.add("first"));
            s.spawn(() -> log.add("second"));
            return null;
        });
        return log;
    }
}
