import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

import java.util.List;

class RecordWithRcAppearsWithin {
    record Session(String user, List<Rc<String>> tokens) {
    }

    void run(Session session) {
        Threads.spawn(() -> System.out.println(session.user()));
    }
}
