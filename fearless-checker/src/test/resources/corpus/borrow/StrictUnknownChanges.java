// options: strict
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class StrictUnknownChanges {
    void run() {
        List<String> list = new ArrayList<>();
        Threads.spawn(() -> java.util.Objects.requireNonNull(list)); // a method without source: it may change it
        System.out.println(list.size());
    }
}
