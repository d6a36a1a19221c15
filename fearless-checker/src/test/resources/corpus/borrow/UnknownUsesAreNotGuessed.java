// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class UnknownUsesAreNotGuessed {
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
