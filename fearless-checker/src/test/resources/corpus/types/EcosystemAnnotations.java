// expect: no diagnostic
// options: strict
import dev.fearless.thread.Threads;

import net.jcip.annotations.Immutable;
import net.jcip.annotations.ThreadSafe;

class EcosystemAnnotations {
    @ThreadSafe
    static class Registry {
        private final java.util.concurrent.ConcurrentHashMap<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();
    }

    @Immutable
    static class Point {
        final int x = 0;
    }

    void run(Registry registry, Point point) {
        Threads.spawn(() -> registry.toString() + point.x).join();
    }
}
// file: net/jcip/annotations/ThreadSafe.java
package net.jcip.annotations;

public @interface ThreadSafe {
}
// file: net/jcip/annotations/Immutable.java
package net.jcip.annotations;

public @interface Immutable {
}
