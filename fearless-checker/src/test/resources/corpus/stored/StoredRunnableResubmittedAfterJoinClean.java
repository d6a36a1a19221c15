// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

class StoredRunnableResubmittedAfterJoinClean {
    void run(ExecutorService pool) throws Exception {
        List<String> log = new ArrayList<>();
        Runnable task = () -> log.add("tick");
        pool.submit(task).get();
        pool.submit(task).get();
    }
}
