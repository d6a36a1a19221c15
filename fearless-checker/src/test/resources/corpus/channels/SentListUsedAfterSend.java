import dev.fearless.sync.mpsc.Channel;
import dev.fearless.sync.mpsc.Sender;

import java.util.ArrayList;
import java.util.List;

class SentListUsedAfterSend {
    void run() {
        Channel<List<String>> channel = Channel.unbounded();
        Sender<List<String>> tx = channel.sender();
        List<String> batch = new ArrayList<>();
        batch.add("a");
        tx.send(batch);
        batch.add("b");
    }
}
