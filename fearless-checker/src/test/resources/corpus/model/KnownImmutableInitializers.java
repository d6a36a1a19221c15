// expect: no diagnostic
import dev.fearless.marker.Sync;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

class KnownImmutableInitializers {
    static void publish(@Sync Object value) {
    }

    void run(List<String> input) {
        List<String> a = List.of("x");
        Set<String> b = Set.copyOf(input);
        Map<String, Integer> c = Map.of("k", 1);
        List<String> d = input.stream().map(String::trim).toList();
        List<String> e = input.stream().collect(Collectors.toUnmodifiableList());
        Set<String> f = input.stream().collect(Collectors.toUnmodifiableSet());
        Map<String, Integer> g = input.stream().collect(Collectors.toUnmodifiableMap(s -> s, String::length));
        publish(a);
        publish(b);
        publish(c);
        publish(d);
        publish(e);
        publish(f);
        publish(g);
    }
}
