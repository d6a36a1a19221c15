import dev.fearless.marker.Sync;

import java.util.ArrayList;
import java.util.List;

class UserSyncParameterArrayList {
    static void publish(@Sync List<String> names) {
    }

    void run() {
        List<String> names = new ArrayList<>();
        names.add("a");
        publish(names);
        names.add("b");
    }
}
