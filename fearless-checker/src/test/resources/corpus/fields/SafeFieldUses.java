// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

class SafeFieldUses {
    enum Mode { FAST, SLOW }

    private static final Map<String, Integer> CACHE = new ConcurrentHashMap<>();
    private final AtomicInteger started = new AtomicInteger();
    private final LongAdder hits = new LongAdder();
    private final List<String> names;
    private final String prefix = "job-";
    private volatile boolean running = true;
    private volatile String status = "idle";

    SafeFieldUses(List<String> names) {
        this.names = names;
    }

    void run() {
        Threads.spawn(() -> {
            started.incrementAndGet();
            hits.increment();
            CACHE.merge(prefix, 1, Integer::sum);
            while (running && names.size() > started.get()) {
                status = prefix + names.get(0) + Mode.FAST;
            }
            running = false;
        });
        running = false;
    }
}
