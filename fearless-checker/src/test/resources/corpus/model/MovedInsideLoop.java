import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class MovedInsideLoop {
    void run() {
        List<String> work = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Threads.spawn(() -> work.add("item"));
        }
    }
}
