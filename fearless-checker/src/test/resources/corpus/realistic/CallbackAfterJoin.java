// expect: no diagnostic
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class CallbackAfterJoin {
    List<String> run(List<String> input) {
        List<String> cleaned = new ArrayList<>();
        JoinHandle<Void> cleaner = Threads.spawn(() -> {
            for (String s : input) {
                cleaned.add(s.strip());
            }
        });
        cleaner.join();
        cleaned.sort(null);
        cleaned.add("end");
        return cleaned;
    }
}
