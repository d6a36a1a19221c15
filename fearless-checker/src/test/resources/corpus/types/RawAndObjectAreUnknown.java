// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.util.List;

class RawAndObjectAreUnknown {
    @SuppressWarnings({"rawtypes", "unchecked"})
    void run(List raw, Object any, Comparable<?> cmp) {
        Threads.spawn(() -> raw.size() + any.hashCode() + cmp.hashCode());
        raw.add("x");
    }
}
