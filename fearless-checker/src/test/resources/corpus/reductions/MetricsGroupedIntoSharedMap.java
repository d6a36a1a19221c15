import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Groups request timings by endpoint in parallel, into a map the service keeps and the supplier returns. */
class MetricsGroupedIntoSharedMap {
    record Timing(String endpoint, long micros) {
    }

    private final Map<String, List<Long>> byEndpoint = new HashMap<>();

    Map<String, List<Long>> group(List<Timing> timings) {
        return timings.parallelStream()
                .collect(Collectors.groupingBy(Timing::endpoint, () -> byEndpoint,
                        Collectors.mapping(Timing::micros, Collectors.toCollection(ArrayList::new))));
    }

    List<Long> collectAll(List<Timing> timings) {
        List<Long> all = new ArrayList<>();
        return timings.parallelStream().map(Timing::micros).collect(() -> all, List::add, List::addAll);
    }
}
