// expect: no diagnostic
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

class EventLoopWithStopFlag {
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;
    private Thread loop;

    void start() {
        loop = new Thread(() -> {
            while (running) {
                Runnable next = tasks.poll();
                if (next != null) {
                    next.run();
                } else {
                    Thread.onSpinWait();
                }
            }
        }, "event-loop");
        loop.start();
    }

    void submit(Runnable task) {
        tasks.add(task);
    }

    void stop() throws InterruptedException {
        running = false;
        loop.join();
    }
}
