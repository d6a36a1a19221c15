import dev.fearless.thread.Threads;

import javax.annotation.concurrent.NotThreadSafe;

class NotThreadSafeUsedAgain {
    @NotThreadSafe
    static final class Parser {
        private final StringBuilder buffer = new StringBuilder();

        String parse(String s) {
            buffer.setLength(0);
            return buffer.append(s).toString();
        }
    }

    void run() {
        Parser parser = new Parser();
        Threads.spawn(() -> parser.parse("a"));
        parser.parse("b");
    }
}
// file: javax/annotation/concurrent/NotThreadSafe.java
package javax.annotation.concurrent;

public @interface NotThreadSafe {
}
