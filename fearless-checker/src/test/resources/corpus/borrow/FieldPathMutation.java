import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class FieldPathMutation {
    record Session(String user, List<String> items) {
    }

    void run() {
        Session session = new Session("ann", new ArrayList<>());
        Threads.spawn(() -> session.items().add("book"));
        System.out.println(session.items().size());
    }
}
