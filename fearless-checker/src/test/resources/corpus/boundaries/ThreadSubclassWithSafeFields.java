// expect: no diagnostic
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

class ThreadSubclassWithSafeFields {
    static class Poller extends Thread {
        private final BlockingQueue<String> out;
        private final List<String> sources;
        private final AtomicBoolean stop = new AtomicBoolean();
        private int polls;

        Poller(BlockingQueue<String> out, List<String> sources) {
            super("poller");
            this.out = out;
            this.sources = List.copyOf(sources);
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!stop.get()) {
                polls++;
                sources.forEach(out::offer);
            }
        }
    }

    void run(BlockingQueue<String> out) {
        Poller poller = new Poller(out, List.of("a", "b"));
        poller.start();
        Thread plain = new Thread(() -> System.out.println("plain"));
        plain.start();
    }
}
