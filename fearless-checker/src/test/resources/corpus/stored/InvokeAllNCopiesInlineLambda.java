import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;

class InvokeAllNCopiesInlineLambda {
    void run(ExecutorService pool) throws InterruptedException {
        List<String> out = new ArrayList<>();
        pool.invokeAll(Collections.nCopies(4, () -> out.add("x")));
    }
}
