// Found by the differential fuzzer: a task object of a named class kept in a local before it is handed over
// is the same hand-off as `pool.execute(new Job(items))`: the list it holds crosses with it.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

class StoredTaskObject {
    static final class Job implements Runnable {
        private final List<String> items;

        Job(List<String> items) {
            this.items = items;
        }

        @Override
        public void run() {
            items.add("job");
        }
    }

    void run(ExecutorService pool) {
        List<String> items = new ArrayList<>();
        Runnable job = new Job(items);
        pool.execute(job);
        items.add("late");
    }
}
