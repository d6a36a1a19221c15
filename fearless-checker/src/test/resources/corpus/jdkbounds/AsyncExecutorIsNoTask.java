import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

class AsyncExecutorIsNoTask {
    int run(ExecutorService pool) {
        List<String> log = new ArrayList<>();
        CompletableFuture<Integer> answer = CompletableFuture.supplyAsync(() -> {
            log.add("computing");
            return 42;
        }, pool);
        log.add("asked");
        return answer.join();
    }
}
