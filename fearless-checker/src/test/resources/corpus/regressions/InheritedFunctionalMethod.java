import java.util.function.Supplier;

import dev.fearless.marker.Send;
import dev.fearless.rc.Rc;

// A functional interface that inherits its method: what the lambda returns still crosses.
class InheritedFunctionalMethod {
    interface Task extends Supplier<Rc<String>> {
    }

    static void runElsewhere(@Send Task task) {
    }

    void run() {
        runElsewhere(() -> Rc.of("made here"));
    }
}
