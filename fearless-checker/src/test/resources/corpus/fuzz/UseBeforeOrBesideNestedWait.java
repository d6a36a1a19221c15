// The counterparts of WaitInsideNestedStatement: a use before the wait in the same try, and uses in a catch or
// finally block (which may run when the wait did not complete) are still errors.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;

class UseBeforeOrBesideNestedWait {
    void beforeTheWait(ExecutorService pool) throws Exception {
        Map<String, Integer> map = new HashMap<>();
        CompletableFuture<Integer> task = CompletableFuture.supplyAsync(() -> map.put("a", 1), pool);
        try {
            map.remove("b");
            task.get();
        } catch (IllegalStateException e) {
            throw e;
        }
    }

    void inTheCatch(ExecutorService pool) throws Exception {
        Map<String, Integer> map = new HashMap<>();
        CompletableFuture<Integer> task = CompletableFuture.supplyAsync(() -> map.put("a", 1), pool);
        try {
            task.get();
        } catch (InterruptedException e) {
            map.clear();
            throw e;
        }
    }

    void inTheFinally(ExecutorService pool) throws Exception {
        Map<String, Integer> map = new HashMap<>();
        CompletableFuture<Integer> task = CompletableFuture.supplyAsync(() -> map.put("a", 1), pool);
        try {
            task.get();
        } finally {
            map.clear();
        }
    }

    void latchInterrupted(ExecutorService pool) throws InterruptedException {
        List<String> list = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        pool.execute(() -> {
            list.add("task");
            done.countDown();
        });
        try {
            done.await();
            list.add("main");
        } catch (InterruptedException e) {
            list.clear();
            throw e;
        }
    }
}
