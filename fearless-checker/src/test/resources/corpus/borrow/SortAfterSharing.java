import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

class SortAfterSharing {
    void run(List<String> input) {
        List<String> names = new ArrayList<>(input);
        Threads.spawn(() -> names.forEach(System.out::println));
        names.sort(Comparator.naturalOrder());
    }
}
