// expect: no diagnostic
// The Rust Book, listings 16-6 to 16-8: a thread sends "hi" through a channel; main receives it.
import dev.fearless.marker.Send;
import dev.fearless.thread.Threads;

import java.util.concurrent.LinkedBlockingQueue;

class Listing16_08 {

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
        });
        String received = rx.take();
        System.out.println("Got: " + received);
    }
}
