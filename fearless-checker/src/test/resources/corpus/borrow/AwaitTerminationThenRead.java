// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

class AwaitTerminationThenRead {
    List<String> run() throws InterruptedException {
        List<String> out = new ArrayList<>();
        ExecutorService single = Executors.newSingleThreadExecutor();
        single.execute(() -> out.add("from the pool"));
        single.shutdown();
        if (!single.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("timed out");
        }
        out.add("from main");
        return out;
    }
}
