// expect: no diagnostic
// The Rust Book, listing 16-9: rustc rejects printing `val` after sending it (E0382): a Rust String is
// moved. A Java String is immutable, so the sender may keep reading it: no race, no error.
import dev.fearless.marker.Send;
import dev.fearless.thread.Threads;

import java.util.concurrent.LinkedBlockingQueue;

class Listing16_09 {

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
        LinkedBlockingQueue<String> rx = new LinkedBlockingQueue<>();
        Sender<String> tx = new Sender<>(rx);
        Threads.spawn(() -> {
            String val = "hi";
            tx.send(val);
            System.out.println("val is " + val);
        });
        System.out.println("Got: " + rx.take());
    }
}
