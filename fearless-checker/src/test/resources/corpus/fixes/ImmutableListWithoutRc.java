// expect: no diagnostic
import java.util.List;

import dev.fearless.thread.Threads;

// The fixed version: the immutable list itself is shared.
class ImmutableListWithoutRc {
    void run() {
        List<String> names = List.of("a", "b");
        var h = Threads.spawn(() -> System.out.println(names.size()));
        h.join();
    }
}
