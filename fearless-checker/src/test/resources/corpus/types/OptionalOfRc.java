import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

import java.util.Map;
import java.util.Optional;

class OptionalOfRc {
    void run(Map<String, Optional<Rc<Integer>>> cache) {
        Threads.spawn(() -> cache.isEmpty());
    }
}
