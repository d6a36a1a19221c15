import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

class StoredRunnableSubmittedTwice {
    void run(ExecutorService pool) {
        List<String> log = new ArrayList<>();
        Runnable task = () -> log.add("tick");
        pool.execute(task);
        pool.execute(task);
    }
}
