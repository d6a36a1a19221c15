import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

// `record` is in the compilation and adds to what it is handed: passing `list` to it changes it. An element
// reached through a collection (`groups.get(0).add(..)`) is still not counted as a change of `groups`.
class PassedToAHelperThatChangesIt {
    static void record(List<String> into) {
        into.add("x");
    }

    void run(List<List<String>> groups) {
        List<String> list = new ArrayList<>();
        Threads.spawn(() -> record(list));
        System.out.println(list.size());
        Threads.spawn(() -> groups.get(0).add("y"));
        System.out.println(groups.size());
    }
}
