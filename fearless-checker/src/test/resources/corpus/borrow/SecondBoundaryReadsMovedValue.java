import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class SecondBoundaryReadsMovedValue {
    void run() {
        List<Integer> list = new ArrayList<>();
        Threads.spawn(() -> list.add(1));
        Threads.spawn(() -> System.out.println(list.size()));
    }
}
