import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

import java.util.List;

class WildcardBoundRc {
    void run(List<? extends Rc<String>> names) {
        Threads.spawn(() -> names.size());
    }
}
