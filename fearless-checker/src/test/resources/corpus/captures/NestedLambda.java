import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

import java.util.List;

class NestedLambda {
    void run(List<String> names) {
        Rc<String> prefix = Rc.of("> ");
        Threads.spawn(() -> names.forEach(n -> System.out.println(prefix.get() + n)));
    }
}
