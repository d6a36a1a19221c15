// expect: no diagnostic
import dev.fearless.thread.Threads;

import net.jcip.annotations.ThreadSafe;

class JcipThreadSafeNonFinalClass {
    @ThreadSafe
    static class Stats {
        private long total;

        synchronized void add(long n) {
            total += n;
        }
    }

    void run() {
        Stats stats = new Stats();
        Threads.spawn(() -> stats.add(1));
        stats.add(2);
    }
}
// file: net/jcip/annotations/ThreadSafe.java
package net.jcip.annotations;

public @interface ThreadSafe {
}
