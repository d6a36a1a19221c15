// expect: no diagnostic
// requires: javac 21
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

class ExecutorClosedByTryWithResources {
    void run() {
        List<String> log = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            pool.submit(() -> log.add("task"));
        }
        log.add("after the pool");
    }
}
