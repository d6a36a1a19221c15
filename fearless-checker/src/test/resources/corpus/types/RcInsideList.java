import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class RcInsideList {
    void run() {
        List<Rc<String>> names = new ArrayList<>();
        Threads.spawn(() -> names.size());
    }
}
