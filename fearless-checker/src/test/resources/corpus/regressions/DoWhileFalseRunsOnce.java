// expect: no diagnostic
import java.util.concurrent.ExecutorService;

// do { .. } while (false) is a block that can be left with break: it starts one task, not one per iteration.
class DoWhileFalseRunsOnce {
    void run(ExecutorService ex, boolean skip) {
        int[] xs = new int[1];
        do {
            if (skip) {
                break;
            }
            ex.execute(() -> xs[0]++);
        } while (false);
    }
}
