import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

class FinalClassWithRcField {
    static final class Cache {
        private final Rc<String> last = Rc.of("");
        private int hits;
    }

    void run() {
        Cache cache = new Cache();
        Threads.spawn(() -> cache.hits);
    }
}
