import java.util.List;

import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

// An Rc around a value that is already immutable: the fix is to drop the Rc, not to add a Mutex.
class RcAroundImmutableList {
    void run() {
        Rc<List<String>> names = Rc.of(List.of("a", "b"));
        var h = Threads.spawn(() -> System.out.println(names.get().size()));
        h.join();
    }
}
