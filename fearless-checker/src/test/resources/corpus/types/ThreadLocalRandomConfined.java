import dev.fearless.thread.Threads;

import java.util.concurrent.ThreadLocalRandom;

class ThreadLocalRandomConfined {
    void run() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Threads.spawn(() -> random.nextInt());
    }
}
