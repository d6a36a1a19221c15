// expect: no diagnostic
import dev.fearless.marker.Sync;

import java.util.List;

class UserSyncParameterImmutable {
    static void publish(@Sync List<String> names) {
    }

    void run(List<String> input) {
        List<String> names = List.copyOf(input);
        publish(names);
        publish(names);
        publish(List.of("x"));
    }
}
