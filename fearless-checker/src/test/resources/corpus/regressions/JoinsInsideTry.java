// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

// The usual ways to wait in Java: inside a try whose catch leaves the method.
class JoinsInsideTry {
    private final List<String> log;

    JoinsInsideTry() {
        List<String> seen = new ArrayList<>();
        Thread t = new Thread(() -> seen.add("constructed"));
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        log = seen;
        seen.add("after");
    }

    List<String> joinThenRead() {
        List<String> names = new ArrayList<>();
        Thread worker = new Thread(() -> names.add("worker"));
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            throw new RuntimeException(e);
        }
        names.add("main");
        return names;
    }

    int futureInTryWithFinally(ExecutorService pool) {
        List<Integer> parts = new ArrayList<>();
        Future<?> f = pool.submit(() -> parts.add(1));
        try {
            f.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            System.out.println("waited");
        }
        parts.add(2);
        return parts.size();
    }

    int returnsOnInterrupt(ExecutorService pool) {
        List<Integer> parts = new ArrayList<>();
        Future<?> f = pool.submit(() -> parts.add(1));
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        parts.add(2);
        return parts.size();
    }

    int latchInTry(ExecutorService pool) {
        List<String> out = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        pool.execute(() -> {
            out.add("task");
            done.countDown();
        });
        try {
            done.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        out.add("main");
        return out.size();
    }

    void joinEach(List<String> shared) {
        List<Thread> threads = new ArrayList<>();
        List<String> results = new ArrayList<>();
        Thread t = new Thread(() -> results.add("x"));
        threads.add(t);
        t.start();
        for (Thread each : threads) {
            try {
                each.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        results.add("y");
    }
}
