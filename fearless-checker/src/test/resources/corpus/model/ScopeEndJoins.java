// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;

class ScopeEndJoins {
    List<Integer> run(List<Integer> input) {
        List<Integer> evens = new ArrayList<>();
        List<Integer> odds = new ArrayList<>();
        Threads.scope(s -> {
            s.spawn(() -> input.stream().filter(x -> x % 2 == 0).forEach(evens::add));
            s.spawn(() -> input.stream().filter(x -> x % 2 != 0).forEach(odds::add));
            return null;
        });
        evens.addAll(odds);
        return evens;
    }
}
