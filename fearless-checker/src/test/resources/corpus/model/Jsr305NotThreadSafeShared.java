import dev.fearless.thread.Threads;

import javax.annotation.concurrent.NotThreadSafe;

class Jsr305NotThreadSafeShared {
    @NotThreadSafe
    static final class Parser {
        private final String grammar;

        Parser(String grammar) {
            this.grammar = grammar;
        }

        int parse(String s) {
            return s.length() + grammar.length();
        }
    }

    void run() {
        Parser parser = new Parser("g");
        Threads.spawn(() -> parser.parse("a"));
        parser.parse("b");
    }
}
// file: javax/annotation/concurrent/NotThreadSafe.java
package javax.annotation.concurrent;

public @interface NotThreadSafe {
}
