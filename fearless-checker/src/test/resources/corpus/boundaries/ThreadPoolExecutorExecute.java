import dev.fearless.rc.Rc;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

class ThreadPoolExecutorExecute {
    void run() {
        Rc<String> name = Rc.of("job");
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        pool.execute(() -> System.out.println(name.get()));
        pool.shutdown();
    }
}
