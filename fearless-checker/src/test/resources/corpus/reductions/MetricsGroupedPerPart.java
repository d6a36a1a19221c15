import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The fixed version: each part groups into a map of its own, or into one concurrent map. */
class MetricsGroupedPerPart {
    record Timing(String endpoint, long micros) {
    }

    private final Map<String, Long> totals = new ConcurrentHashMap<>();

    Map<String, List<Long>> group(List<Timing> timings) {
        return timings.parallelStream()
                .collect(Collectors.groupingBy(Timing::endpoint, TreeMap::new,
                        Collectors.mapping(Timing::micros, Collectors.toCollection(ArrayList::new))));
    }

    Map<String, Long> sums(List<Timing> timings) {
        // a concurrent map that every part shares is thread-safe
        return timings.parallelStream()
                .collect(Collectors.toMap(Timing::endpoint, Timing::micros, Long::sum, () -> totals));
    }

    List<Long> collectAll(List<Timing> timings) {
        return timings.parallelStream().map(Timing::micros).collect(ArrayList::new, List::add, List::addAll);
    }
}
