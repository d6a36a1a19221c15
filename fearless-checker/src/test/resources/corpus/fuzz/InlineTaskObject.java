// The inline forms of StoredLocalClassTask and StoredTaskObject, for comparison: the same two errors.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

class InlineTaskObject {
    static final class Box {
        int v;

        int bump() {
            return ++v;
        }
    }

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

    void local() {
        Box box = new Box();
        class Task implements Runnable {
            @Override
            public void run() {
                box.bump();
            }
        }
        new Thread(new Task()).start();
        box.v = 3;
    }

    void named(ExecutorService pool) {
        List<String> items = new ArrayList<>();
        pool.execute(new Job(items));
        items.add("late");
    }
}
