// requires: javac 21
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

class ExecutorNotYetClosed {
    void run() {
        List<String> log = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            pool.submit(() -> log.add("task"));
            log.add("while the task may run");
        }
    }
}
