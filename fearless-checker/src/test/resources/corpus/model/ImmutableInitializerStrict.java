// expect: no diagnostic
// options: strict
import dev.fearless.marker.Sync;

import java.util.List;
import java.util.stream.Collectors;

class ImmutableInitializerStrict {
    static void publish(@Sync List<String> value) {
    }

    static void record(List<String> value) {
    }

    void run(List<String> input) {
        List<String> names = input.stream().map(String::trim).collect(Collectors.toUnmodifiableList());
        List<String> copy = List.copyOf(input);
        publish(names);
        record(names);
        publish(copy);
        record(copy);
    }
}
