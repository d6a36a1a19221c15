import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class UseAfterMove {
    void run() {
        List<Integer> list = new ArrayList<>();
        Threads.spawn(() -> list.add(1));
        System.out.println(list);
    }
}
