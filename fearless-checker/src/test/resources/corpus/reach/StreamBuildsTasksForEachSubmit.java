import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

// Thumbnails measured by one task per file, the tasks made by a stream and handed to the pool one by one.
class StreamBuildsTasksForEachSubmit {
    Map<String, Long> sizes(ExecutorService pool, List<String> files) {
        Map<String, Long> sizes = new HashMap<>();
        files.stream()
             .filter(f -> f.endsWith(".png"))
             .map(f -> (Runnable) () -> sizes.put(f, (long) f.length()))
             .forEach(pool::submit);
        return sizes;
    }

    void log(ExecutorService pool, List<String> lines, List<String> out) {
        lines.stream().map(l -> (Runnable) () -> out.add(l.strip())).forEach(t -> pool.execute(t));
    }
}
