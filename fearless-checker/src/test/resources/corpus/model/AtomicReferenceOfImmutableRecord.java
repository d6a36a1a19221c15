// expect: no diagnostic
import java.util.Collections;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

class AtomicReferenceOfImmutableRecord {
    record Snapshot(Map<String, Integer> counts, List<String> order, long version) {
        Snapshot {
            counts = Map.copyOf(counts);
            order = order == null ? List.of() : List.copyOf(order);
        }
    }

    static final class Routes {
        private final Set<String> hosts;
        private final List<String> paths;

        Routes(Set<String> hosts, List<String> paths) {
            this.hosts = Set.copyOf(hosts);
            this.paths = Collections.unmodifiableList(new ArrayList<>(paths));
        }

        Routes() {
            this(Set.of(), List.of());
        }

        boolean allows(String host) {
            return hosts.contains(host) && !paths.isEmpty();
        }
    }

    void run(ExecutorService pool, Map<String, Integer> counts) {
        AtomicReference<Snapshot> latest = new AtomicReference<>(new Snapshot(counts, List.of("a"), 1));
        AtomicReference<Routes> routes = new AtomicReference<>(new Routes());
        pool.execute(() -> {
            latest.set(new Snapshot(Map.of("b", 2), null, 2));
            System.out.println(routes.get().allows("h") + " " + latest.get().counts());
        });
    }
}
