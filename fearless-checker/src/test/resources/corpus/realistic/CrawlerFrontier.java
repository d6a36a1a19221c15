// expect: no diagnostic
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Phaser;
import java.util.function.Function;

class CrawlerFrontier {
    Set<String> crawl(ExecutorService pool, String start, Function<String, List<String>> links, int workers) {
        Queue<String> frontier = new ConcurrentLinkedQueue<>(List.of(start));
        Set<String> visited = ConcurrentHashMap.newKeySet();
        Phaser phaser = new Phaser(1);
        for (int w = 0; w < workers; w++) {
            phaser.register();
            pool.execute(() -> {
                try {
                    String url;
                    while ((url = frontier.poll()) != null) {
                        if (visited.add(url)) {
                            frontier.addAll(links.apply(url));
                        }
                    }
                } finally {
                    phaser.arriveAndDeregister();
                }
            });
        }
        phaser.arriveAndAwaitAdvance();
        return visited;
    }
}
