import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

@SuppressWarnings("fearless:F0277")
class SuppressedOneCodeOnClass {
    void run() {
        Rc<String> name = Rc.of("n");
        Threads.spawn(() -> name.get());
        List<String> work = new ArrayList<>();
        Threads.spawn(() -> work.add("a"));
        work.add("b");
    }
}
