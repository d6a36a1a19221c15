import dev.fearless.marker.Sync;

import java.util.List;
import java.util.stream.Collectors;

class MutableInitializerNotImmutable {
    static void publish(@Sync List<String> value) {
    }

    void run(List<String> input) {
        List<String> d = input.stream().map(String::trim).collect(Collectors.toList());
        publish(d);
    }
}
