// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class MovedIntoOneThread {
    void run(List<String> input) {
        List<String> work = new ArrayList<>(input);
        work.add("extra");
        Threads.spawn(() -> {
            work.sort(null);
            work.add("sorted");
        });
    }
}
