// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

// A field that other code may set to any task is not followed: what it holds is not known here.
class FieldTaskReassignedNotFollowedClean {
    private final List<String> seen = new ArrayList<>();
    Runnable hook = () -> seen.add("tick");

    void tick(ExecutorService pool) {
        pool.execute(hook);
    }

    void replace(Runnable r) {
        hook = r;
    }
}
