// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class BranchesAndReturns {
    List<Integer> run(boolean async) {
        List<Integer> list = new ArrayList<>();
        if (async) {
            Threads.spawn(() -> list.add(1));
        } else {
            list.add(2);
        }
        List<Integer> other = new ArrayList<>();
        if (async) {
            Threads.spawn(() -> other.add(1));
            return null;
        }
        other.add(2);
        return async ? null : other;
    }
}
