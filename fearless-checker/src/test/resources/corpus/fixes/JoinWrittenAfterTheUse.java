import java.util.ArrayList;
import java.util.List;

import dev.fearless.thread.Threads;

// The join is there, one line too late: the fix names it and says where it goes.
class JoinWrittenAfterTheUse {
    void run() {
        List<Integer> v = new ArrayList<>();
        var h = Threads.spawn(() -> v.add(1));
        System.out.println(v);
        h.join();
    }
}
