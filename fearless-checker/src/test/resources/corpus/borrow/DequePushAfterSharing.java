import dev.fearless.thread.Threads;

import java.util.ArrayDeque;
import java.util.Deque;

class DequePushAfterSharing {
    void run() {
        Deque<String> stack = new ArrayDeque<>();
        stack.push("base");
        Threads.spawn(() -> System.out.println(stack.peek()));
        stack.push("top");
    }
}
