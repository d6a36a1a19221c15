import dev.fearless.marker.Send;

import java.util.ArrayList;
import java.util.List;

class UserSendParameterMovesList {
    interface Outbox {
        void post(@Send List<Integer> batch);
    }

    void run(Outbox outbox) {
        List<Integer> batch = new ArrayList<>();
        batch.add(1);
        outbox.post(batch);
        batch.add(2);
    }
}
