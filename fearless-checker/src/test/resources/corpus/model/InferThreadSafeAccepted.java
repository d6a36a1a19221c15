// expect: no diagnostic
import com.facebook.infer.annotation.ThreadSafe;
import dev.fearless.thread.Threads;

class InferThreadSafeAccepted {
    @ThreadSafe
    static class Registry {
        private final java.util.Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();

        void put(String k, String v) {
            names.put(k, v);
        }
    }

    void run() {
        Registry registry = new Registry();
        Threads.spawn(() -> registry.put("a", "1"));
        registry.put("b", "2");
    }
}
// file: com/facebook/infer/annotation/ThreadSafe.java
package com.facebook.infer.annotation;

public @interface ThreadSafe {
}
