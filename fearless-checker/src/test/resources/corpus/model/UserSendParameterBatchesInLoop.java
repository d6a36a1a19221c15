// expect: no diagnostic
import dev.fearless.sync.mpsc.Sender;

import java.util.ArrayList;
import java.util.List;

class UserSendParameterBatchesInLoop {
    void run(Sender<List<String>> tx, List<String> lines) {
        List<String> batch = new ArrayList<>();
        for (String line : lines) {
            batch.add(line);
            if (batch.size() == 100) {
                tx.send(batch);
                batch = new ArrayList<>();
            }
        }
        tx.send(batch);
    }
}
