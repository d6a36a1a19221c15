// expect: no diagnostic
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

class ThreadSubclassWithSendFields {
    static final class Worker extends Thread {
        private final List<String> jobs;
        private final AtomicInteger done;

        Worker(List<String> jobs, AtomicInteger done) {
            this.jobs = jobs;
            this.done = done;
        }

        @Override
        public void run() {
            jobs.forEach(j -> done.incrementAndGet());
        }
    }

    void run() throws InterruptedException {
        Worker w = new Worker(List.of("a", "b"), new AtomicInteger());
        w.start();
        w.join();
    }
}
