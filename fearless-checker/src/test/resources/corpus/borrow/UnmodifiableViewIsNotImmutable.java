import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

class UnmodifiableViewIsNotImmutable {
    void run() {
        List<String> backing = new ArrayList<>();
        List<String> view = Collections.unmodifiableList(backing);
        Threads.spawn(() -> System.out.println(view.size()));
        backing.add("x");
        Threads.spawn(() -> backing.add("y"));
        System.out.println(backing);
    }
}
