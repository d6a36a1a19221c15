import dev.fearless.rc.Rc;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

class ConcurrentMapOfRc {
    void run(ExecutorService pool) {
        ConcurrentHashMap<String, Rc<String>> sessions = new ConcurrentHashMap<>();
        pool.submit(() -> sessions.get("a"));
    }
}
