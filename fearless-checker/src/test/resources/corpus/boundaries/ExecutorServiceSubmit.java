import dev.fearless.rc.Rc;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

class ExecutorServiceSubmit {
    void run() {
        Rc<String> name = Rc.of("job");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        pool.submit(() -> name.get().length());
        pool.shutdown();
    }
}
