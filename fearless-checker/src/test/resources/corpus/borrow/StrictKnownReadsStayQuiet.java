// expect: no diagnostic
// options: strict
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class StrictKnownReadsStayQuiet {
    void run() {
        List<String> list = new ArrayList<>(List.of("a"));
        Threads.spawn(() -> list.size() + list.get(0).length());
        System.out.println(list.isEmpty());
    }
}
