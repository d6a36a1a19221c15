// expect: no diagnostic
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;

class SemaphoreLimitedDownloads {
    void downloadAll(ExecutorService pool, List<String> urls, int maxParallel) {
        Semaphore permits = new Semaphore(maxParallel);
        LongAdder bytes = new LongAdder();
        for (String url : urls) {
            pool.execute(() -> {
                try {
                    permits.acquire();
                    try {
                        bytes.add(url.length() * 100L);
                    } finally {
                        permits.release();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
