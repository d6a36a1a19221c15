import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class EnumConstantMutableState {
    enum Registry {
        INSTANCE;

        final List<String> names = new ArrayList<>();
    }

    void run() {
        Threads.spawn(() -> Registry.INSTANCE.names.add("spawned"));
    }
}
