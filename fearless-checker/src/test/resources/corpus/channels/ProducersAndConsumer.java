// expect: no diagnostic
import dev.fearless.sync.mpsc.Channel;
import dev.fearless.sync.mpsc.Receiver;
import dev.fearless.sync.mpsc.Sender;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class ProducersAndConsumer {
    List<String> run(int producers) {
        Channel<List<String>> channel = Channel.bounded(4);
        Sender<List<String>> tx = channel.sender();
        Receiver<List<String>> rx = channel.receiver();
        for (int p = 0; p < producers; p++) {
            Sender<List<String>> mine = tx.clone();
            int id = p;
            Threads.spawn(() -> {
                try (mine) {
                    List<String> batch = new ArrayList<>();
                    batch.add("from " + id);
                    mine.send(batch);
                }
            });
        }
        tx.close();
        List<String> all = new ArrayList<>();
        for (List<String> batch : rx) {
            all.addAll(batch);
        }
        Threads.spawn(() -> rx.close()).join();
        return all;
    }
}
