// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

class StoredReadOnlySharedClean {
    int run(ExecutorService pool, List<String> input) {
        List<String> names = new ArrayList<>(input);
        Runnable printer = () -> System.out.println(names.size());
        pool.execute(printer);
        pool.execute(printer);
        return names.size();
    }
}
