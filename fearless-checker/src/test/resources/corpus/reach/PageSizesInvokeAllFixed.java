// expect: no diagnostic
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

/** Each task returns its page's size; the caller collects them after invokeAll has waited for all. */
class PageSizesInvokeAllFixed {
    private final ExecutorService pool;
    private final ToIntFunction<URI> fetcher;

    PageSizesInvokeAllFixed(ExecutorService pool, ToIntFunction<URI> fetcher) {
        this.pool = pool;
        this.fetcher = fetcher;
    }

    List<Integer> sizes(List<URI> pages) throws InterruptedException, ExecutionException {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (URI page : pages) {
            tasks.add(() -> fetcher.applyAsInt(page));
        }
        List<Integer> sizes = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(tasks)) {
            sizes.add(f.get());
        }
        return sizes;
    }

    /** Two different tasks, each filling its own list; both lists are read after invokeAll returns. */
    String summary(List<URI> pages) throws InterruptedException {
        List<URI> secure = new ArrayList<>();
        List<URI> plain = new ArrayList<>();
        List<Callable<Boolean>> tasks = new ArrayList<>();
        tasks.add(() -> secure.addAll(pages.stream().filter(p -> "https".equals(p.getScheme())).toList()));
        tasks.add(() -> plain.addAll(pages.stream().filter(p -> "http".equals(p.getScheme())).toList()));
        pool.invokeAll(tasks);
        secure.sort(null);
        return secure.size() + " secure, " + plain.size() + " plain";
    }
}
