// The Rust Book, listing 16-9 with a value that can change: after `send`, the receiver owns the list,
// so using it again on the sending thread is a use after move (rustc's E0382).
import dev.fearless.marker.Send;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;

class Listing16_09Mutable {

    /** A minimal channel for the listing: `send` moves its argument to the receiving thread. */
    static final class Sender<T> {
        private final LinkedBlockingQueue<T> queue;

        Sender(LinkedBlockingQueue<T> queue) {
            this.queue = queue;
        }

        void send(@Send T value) {
            queue.add(value);
        }

        Sender<T> cloneSender() {
            return new Sender<>(queue);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        LinkedBlockingQueue<List<String>> rx = new LinkedBlockingQueue<>();
        Sender<List<String>> tx = new Sender<>(rx);
        Threads.spawn(() -> {
            List<String> val = new ArrayList<>(List.of("hi"));
            tx.send(val);
            System.out.println("val is " + val);
        });
        System.out.println("Got: " + rx.take());
    }
}
