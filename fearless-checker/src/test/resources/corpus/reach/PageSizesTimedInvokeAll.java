import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** A timed invokeAll cancels the tasks still running, but does not wait for them to stop. */
class PageSizesTimedInvokeAll {
    String summary(ExecutorService pool, List<URI> pages) throws InterruptedException {
        List<URI> secure = new ArrayList<>();
        List<Callable<Boolean>> tasks = new ArrayList<>();
        tasks.add(() -> secure.addAll(pages.stream().filter(p -> "https".equals(p.getScheme())).toList()));
        pool.invokeAll(tasks, 5, TimeUnit.SECONDS);
        secure.sort(null);
        return secure.size() + " secure";
    }
}
