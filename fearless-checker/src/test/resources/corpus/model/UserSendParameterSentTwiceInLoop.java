import dev.fearless.sync.mpsc.Sender;

import java.util.ArrayList;
import java.util.List;

class UserSendParameterSentTwiceInLoop {
    void run(Sender<List<String>> tx, List<String> lines) {
        List<String> batch = new ArrayList<>();
        for (String line : lines) {
            batch.add(line);
            tx.send(batch);
        }
    }
}
