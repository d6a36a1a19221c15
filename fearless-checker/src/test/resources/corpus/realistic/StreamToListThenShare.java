// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.util.List;

class StreamToListThenShare {
    int run(List<String> raw) {
        List<String> names = raw.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        var a = Threads.spawn(() -> names.size());
        var b = Threads.spawn(() -> String.join(",", names).length());
        return a.join() + b.join() + names.size();
    }
}
