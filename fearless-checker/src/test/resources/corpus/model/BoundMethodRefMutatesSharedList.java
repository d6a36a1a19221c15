import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

class BoundMethodRefMutatesSharedList {
    int run(Executor pool) {
        List<String> log = new ArrayList<>();
        log.add("x");
        pool.execute(log::clear);
        return log.size();
    }
}
