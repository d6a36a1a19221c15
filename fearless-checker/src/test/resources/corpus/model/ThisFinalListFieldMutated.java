import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class ThisFinalListFieldMutated {
    private final List<String> events = new ArrayList<>();

    void run() {
        Threads.spawn(() -> events.add("spawned"));
    }
}
