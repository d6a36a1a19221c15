// expect: no diagnostic
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

class ProducerConsumerQueue {
    private static final String DONE = "<done>";

    int run(List<String> items) throws InterruptedException {
        BlockingQueue<String> queue = new ArrayBlockingQueue<>(16);
        int[] consumed = {0};
        Thread producer = new Thread(() -> {
            try {
                for (String item : items) {
                    queue.put(item);
                }
                queue.put(DONE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        while (true) {
            String next = queue.take();
            if (next.equals(DONE)) {
                break;
            }
            consumed[0]++;
        }
        producer.join();
        return consumed[0];
    }
}
