// The Java counterpart of rustc's cell_scope_sync anchor: two scoped threads use one value whose reads
// change it.
import dev.fearless.thread.Threads;

import java.text.SimpleDateFormat;
import java.util.Date;

class ScopedThreadsShareAFormatter {
    void run(Date a, Date b) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        Threads.scope(s -> {
            s.spawn(() -> System.out.println(format.format(a)));
            s.spawn(() -> System.out.println(format.format(b)));
            return null;
        });
    }
}
