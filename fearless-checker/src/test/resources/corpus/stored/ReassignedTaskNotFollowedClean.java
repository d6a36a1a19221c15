// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

class ReassignedTaskNotFollowedClean {
    void run(ExecutorService pool, boolean quiet) {
        List<String> log = new ArrayList<>();
        Runnable task = () -> log.add("tick");
        if (quiet) {
            task = () -> { };
        }
        pool.execute(task);
        System.out.println(log.size());
    }
}
