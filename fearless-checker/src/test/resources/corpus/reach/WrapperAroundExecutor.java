import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// A small wrapper around the pool (logging, naming): the code handed to it runs on a pool thread all the same.
class WrapperAroundExecutor {
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
        List<String> seen = new ArrayList<>();
        background.run("collect", () -> seen.add("a"));
        List<String> upper = new ArrayList<>();
        forEachInParallel(names, n -> upper.add(n.toUpperCase()));
        return seen.size() + upper.size();
    }
}
