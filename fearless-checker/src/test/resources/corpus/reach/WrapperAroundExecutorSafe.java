// expect: no diagnostic
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// The fix: thread-safe collections for what the tasks add.
class WrapperAroundExecutorSafe {
    static final class Background {
        private final ExecutorService pool = Executors.newFixedThreadPool(4);

        void run(String name, Runnable task) {
            pool.execute(() -> {
                try {
                    task.run();
                } finally {
                    System.out.println(name + " done");
                }
            });
        }
    }

    static <T> void forEachInParallel(List<T> items, java.util.function.Consumer<T> action) {
        items.parallelStream().forEach(action);
    }

    int collect(Background background, List<String> names) {
        Queue<String> seen = new ConcurrentLinkedQueue<>();
        background.run("collect", () -> seen.add("a"));
        Queue<String> upper = new ConcurrentLinkedQueue<>();
        forEachInParallel(names, n -> upper.add(n.toUpperCase()));
        return seen.size() + upper.size();
    }
}
