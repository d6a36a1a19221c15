// expect: no diagnostic
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

// The fixed version: the tasks put into a concurrent map; a sequential forEach over plain values is no boundary.
class StreamBuildsTasksConcurrentMap {
    Map<String, Long> sizes(ExecutorService pool, List<String> files) {
        Map<String, Long> sizes = new ConcurrentHashMap<>();
        files.stream()
             .filter(f -> f.endsWith(".png"))
             .map(f -> (Runnable) () -> sizes.put(f, (long) f.length()))
             .forEach(pool::submit);
        return sizes;
    }

    void print(List<String> lines) {
        lines.stream().map(String::strip).forEach(System.out::println);
    }
}
