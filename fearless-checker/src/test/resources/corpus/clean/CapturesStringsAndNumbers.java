// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

class CapturesStringsAndNumbers {
    void run(String name, int count, Integer boxed, long id) {
        String greeting = "hello " + name;
        BigDecimal price = new BigDecimal("1.50");
        UUID key = UUID.randomUUID();
        Duration timeout = Duration.ofSeconds(3);
        Threads.spawn(() -> greeting + count + boxed + id + price + key + timeout).join();
    }
}
