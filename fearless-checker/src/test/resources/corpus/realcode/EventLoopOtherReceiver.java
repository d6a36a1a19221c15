import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

/** Submitting to another executor, or to itself with a shared local or static field, is still checked. */
abstract class EventLoopOtherReceiver implements Executor {
    private static final List<String> LOG = new ArrayList<>();
    private final Set<Runnable> hooks = new LinkedHashSet<>();
    private final Executor other;

    EventLoopOtherReceiver(Executor other) {
        this.other = other;
    }

    void toAnotherExecutor(Runnable task) {
        other.execute(new Runnable() {
            @Override
            public void run() {
                hooks.add(task);
            }
        });
    }

    void staticField() {
        execute(() -> LOG.add("tick"));
    }

    List<String> capturedLocal() {
        List<String> seen = new ArrayList<>();
        execute(() -> seen.add("a"));
        seen.add("b");
        return seen;
    }
}
