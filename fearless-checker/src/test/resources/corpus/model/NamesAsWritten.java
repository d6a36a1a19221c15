import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

import java.util.Map;

class NamesAsWritten {
    void run() {
        Rc<Map.Entry<String, java.awt.List>> entry = Rc.of(null);
        Threads.spawn(() -> entry.get());
    }
}
