// options: strict
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class StrictUnknownChanges {
    static void record(List<String> into) {
        into.add("x");
    }

    void run() {
        List<String> list = new ArrayList<>();
        Threads.spawn(() -> record(list));
        System.out.println(list.size());
    }
}
