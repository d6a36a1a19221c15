import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import dev.fearless.rc.Rc;

class StoredCallableRc {
    int run(ExecutorService pool) throws Exception {
        Rc<String> name = Rc.of("fearless");
        Callable<Integer> job = () -> name.get().length();
        Future<Integer> f = pool.submit(job);
        return f.get();
    }
}
