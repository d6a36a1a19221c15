// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

class SubmitCallableJoinedByGet {
    int run(ExecutorService pool) throws Exception {
        List<String> names = new ArrayList<>();
        Future<Boolean> added = pool.submit(() -> names.add("first"));
        added.get();
        names.add("second");
        return names.size();
    }
}
