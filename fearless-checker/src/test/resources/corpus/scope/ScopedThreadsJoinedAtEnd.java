// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class ScopedThreadsJoinedAtEnd {
    int run(List<Integer> numbers) {
        List<Integer> evens = new ArrayList<>();
        int[] total = new int[1];
        Threads.scope(s -> {
            s.spawn(() -> {
                for (int n : numbers) {
                    if (n % 2 == 0) {
                        evens.add(n);
                    }
                }
            });
            s.spawn(() -> {
                for (int n : numbers) {
                    total[0] += n;
                }
            });
            return null;
        });
        evens.add(-1);
        return evens.size() + total[0];
    }
}
