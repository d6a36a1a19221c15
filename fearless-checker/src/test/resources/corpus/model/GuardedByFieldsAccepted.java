// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.concurrent.GuardedBy;

class GuardedByFieldsAccepted {
    private final Object lock = new Object();
    @GuardedBy("lock")
    private final List<String> events = new ArrayList<>();
    @GuardedBy("lock")
    private int count;

    void run() {
        Threads.spawn(() -> {
            synchronized (lock) {
                events.add("spawned");
                count++;
            }
        });
    }
}
// file: javax/annotation/concurrent/GuardedBy.java
package javax.annotation.concurrent;

public @interface GuardedBy {
    String value();
}
