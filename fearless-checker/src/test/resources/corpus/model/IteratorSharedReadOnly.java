import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;

class IteratorSharedReadOnly {
    void run(ExecutorService pool, List<String> names) {
        Iterator<String> it = names.iterator();
        pool.submit(() -> it.hasNext());
        it.hasNext();
    }
}
