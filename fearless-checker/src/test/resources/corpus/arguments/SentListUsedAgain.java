import dev.fearless.marker.Send;

import java.util.ArrayList;
import java.util.List;

class SentListUsedAgain {
    interface Outbox<T> {
        void send(@Send T value);
    }

    void run(Outbox<List<Integer>> outbox) {
        List<Integer> batch = new ArrayList<>();
        batch.add(1);
        outbox.send(batch);
        batch.add(2);
    }
}
