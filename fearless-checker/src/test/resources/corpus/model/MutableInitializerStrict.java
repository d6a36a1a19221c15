// options: strict
import dev.fearless.marker.Sync;

import java.util.List;
import java.util.stream.Collectors;

class MutableInitializerStrict {
    static void publish(@Sync List<String> value) {
    }

    static void record(List<String> value) {
    }

    void run(List<String> input) {
        List<String> names = input.stream().map(String::trim).collect(Collectors.toList());
        publish(names);
        record(names);
    }
}
