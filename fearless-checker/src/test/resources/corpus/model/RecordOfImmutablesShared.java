// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

class RecordOfImmutablesShared {
    record Order(UUID id, BigDecimal total, Instant at) {
    }

    void run(Order order) {
        for (int i = 0; i < 3; i++) {
            Threads.spawn(() -> System.out.println(order.id() + " " + order.total()));
        }
        System.out.println(order.at());
    }
}
