// expect: no diagnostic
// Found by the differential fuzzer: a wait and the uses after it inside one try (or block) that follows the
// hand-off: the uses after the wait run after the task's work, as they do without the try.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

class WaitInsideNestedStatement {
    void inTry(ExecutorService pool) throws Exception {
        Map<String, Integer> map = new HashMap<>();
        CompletableFuture<Integer> task = CompletableFuture.supplyAsync(() -> map.put("a", 1), pool);
        try {
            task.get();
            map.remove("a");
        } catch (IllegalStateException e) {
            throw e;
        }
        map.put("b", 2);
    }

    void inBlock(ExecutorService pool) throws Exception {
        Map<String, Integer> map = new HashMap<>();
        CompletableFuture<Integer> task = CompletableFuture.supplyAsync(() -> map.put("a", 1), pool);
        {
            task.get();
            map.remove("a");
        }
    }

    void waitInTryFinallyInBlock(ExecutorService pool) throws Exception {
        Map<String, Integer> map = new HashMap<>();
        CompletableFuture<Integer> task = CompletableFuture.supplyAsync(() -> map.put("a", 1), pool);
        {
            try {
                task.get();
            } finally {
                System.out.println("waited");
            }
            map.remove("a");
        }
    }

    void latchInBlock(ExecutorService pool) throws InterruptedException {
        List<String> list = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        pool.execute(() -> {
            list.add("task");
            done.countDown();
        });
        {
            done.await();
            list.add("main");
        }
    }

    void handlesJoinedInBlock(ExecutorService pool) throws Exception {
        List<String> list = new ArrayList<>();
        List<Future<?>> handles = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            handles.add(pool.submit(() -> list.contains("a")));
        }
        {
            for (Future<?> h : handles) {
                h.get();
            }
            list.add("main");
        }
        list.add("after");
    }
}
