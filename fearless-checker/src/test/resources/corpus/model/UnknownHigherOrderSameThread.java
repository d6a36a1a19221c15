// expect: no diagnostic
import dev.fearless.rc.Rc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

class UnknownHigherOrderSameThread {
    static void withEach(List<String> items, Consumer<String> action) {
        items.forEach(action);
    }

    void run(List<String> items) {
        Rc<StringBuilder> out = Rc.of(new StringBuilder());
        List<String> seen = new ArrayList<>();
        withEach(items, s -> {
            out.get().append(s);
            seen.add(s);
        });
        items.forEach(seen::add);
        seen.add("done");
    }
}
