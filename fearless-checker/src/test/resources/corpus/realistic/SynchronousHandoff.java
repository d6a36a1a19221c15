// expect: no diagnostic
import java.util.concurrent.SynchronousQueue;

class SynchronousHandoff {
    String exchange(String message) throws InterruptedException {
        SynchronousQueue<String> handoff = new SynchronousQueue<>();
        Thread sender = new Thread(() -> {
            try {
                handoff.put(message.toUpperCase());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        sender.start();
        return handoff.take();
    }
}
