// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

class AsyncExecutorIsNoTaskFixed {
    int run() {
        List<String> log = new ArrayList<>();
        CompletableFuture<Integer> answer = CompletableFuture.supplyAsync(() -> 42, task -> {
            log.add("submitted"); // the executor runs on the calling thread, inside supplyAsync
            task.run();
        });
        log.add("asked");
        return answer.join();
    }
}
