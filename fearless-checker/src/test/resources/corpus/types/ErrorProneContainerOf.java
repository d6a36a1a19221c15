import com.google.errorprone.annotations.Immutable;
import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

class ErrorProneContainerOf {
    @Immutable(containerOf = "T")
    static final class Box<T> {
        private final T value;

        Box(T value) {
            this.value = value;
        }

        T get() {
            return value;
        }
    }

    void run() {
        Box<String> fine = new Box<>("ok");
        Box<Rc<String>> bad = new Box<>(Rc.of("no"));
        Threads.spawn(() -> fine.get() + bad.get().get());
    }
}
// file: com/google/errorprone/annotations/Immutable.java
package com.google.errorprone.annotations;

public @interface Immutable {
    String[] containerOf() default {};
}
