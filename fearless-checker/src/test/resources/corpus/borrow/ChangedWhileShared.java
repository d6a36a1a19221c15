import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class ChangedWhileShared {
    void run() {
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3));
        Threads.spawn(() -> System.out.println(list.size()));
        list.add(4);
    }
}
