// expect: no diagnostic
// The Rust Book, listings 16-10 and 16-11: two producers send several messages each, main prints them.
import dev.fearless.marker.Send;
import dev.fearless.thread.Threads;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;

class Listing16_11 {

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
        Sender<String> tx1 = tx.cloneSender();
        Threads.spawn(() -> {
            for (String val : List.of("hi", "from", "the", "thread")) {
                tx1.send(val);
            }
        });
        Threads.spawn(() -> {
            for (String val : List.of("more", "messages", "for", "you")) {
                tx.send(val);
            }
        });
        for (int i = 0; i < 8; i++) {
            System.out.println("Got: " + rx.take());
        }
    }
}
