// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class SwitchArmsDoNotRace {
    enum Mode { ASYNC, SYNC }

    List<String> run(Mode mode) {
        List<String> log = new ArrayList<>();
        switch (mode) {
            case ASYNC:
                Threads.spawn(() -> log.add("async"));
                return List.of();
            case SYNC:
                log.add("sync");
                return log;
            default:
                throw new IllegalArgumentException();
        }
    }
}
