// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

class ThisFieldsSafe {
    private final Map<String, Long> totals = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final List<String> names;
    private final StringBuffer journal = new StringBuffer();
    private final Logger log = Logger.getLogger("x");
    private volatile boolean running = true;
    private int notUsedByTheLambda;

    ThisFieldsSafe(List<String> names) {
        this.names = names;
    }

    void run() {
        notUsedByTheLambda++;
        Threads.spawn(() -> {
            while (running) {
                totals.merge(names.get(0), 1L, Long::sum);
                hits.incrementAndGet();
                journal.append('.');
                log.fine("tick");
                running = false;
            }
        });
        notUsedByTheLambda++;
        journal.append('!');
    }
}
