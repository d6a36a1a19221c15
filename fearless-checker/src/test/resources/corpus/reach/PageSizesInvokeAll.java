import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.ToIntFunction;

/** A crawler step: one task per page, every task adding to the same ArrayList. */
class PageSizesInvokeAll {
    private final ExecutorService pool;
    private final ToIntFunction<URI> fetcher;

    PageSizesInvokeAll(ExecutorService pool, ToIntFunction<URI> fetcher) {
        this.pool = pool;
        this.fetcher = fetcher;
    }

    List<Integer> sizes(List<URI> pages) throws InterruptedException {
        List<Integer> sizes = new ArrayList<>();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (URI page : pages) {
            tasks.add(() -> {
                sizes.add(fetcher.applyAsInt(page));
                return null;
            });
        }
        pool.invokeAll(tasks);
        return sizes;
    }
}
