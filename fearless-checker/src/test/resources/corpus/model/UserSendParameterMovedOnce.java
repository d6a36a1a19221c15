// expect: no diagnostic
import dev.fearless.marker.Send;

import java.util.ArrayList;
import java.util.List;

class UserSendParameterMovedOnce {
    interface Outbox {
        void post(@Send List<Integer> batch);
    }

    void run(Outbox outbox) {
        List<Integer> batch = new ArrayList<>();
        batch.add(1);
        outbox.post(batch);
        batch = new ArrayList<>();
        batch.add(2);
    }
}
