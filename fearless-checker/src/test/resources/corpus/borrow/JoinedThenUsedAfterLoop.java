// expect: no diagnostic
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class JoinedThenUsedAfterLoop {
    int run(List<String> words) {
        StringBuilder report = new StringBuilder();
        JoinHandle<Integer> counter = Threads.spawn(() -> {
            report.append(words.size());
            return words.size();
        });
        int n = counter.join();
        report.append(" words");
        List<Integer> lengths = new ArrayList<>();
        Threads.spawn(() -> words.forEach(w -> lengths.add(w.length()))).join();
        return n + lengths.size() + report.length();
    }
}
