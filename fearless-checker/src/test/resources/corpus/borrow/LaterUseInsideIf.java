import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class LaterUseInsideIf {
    void run(boolean verbose) {
        List<String> log = new ArrayList<>();
        Threads.spawn(() -> log.add("started"));
        if (verbose) {
            System.out.println(log);
        }
    }
}
