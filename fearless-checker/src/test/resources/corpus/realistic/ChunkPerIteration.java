// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

class ChunkPerIteration {
    List<Integer> run(ExecutorService pool, List<List<String>> chunks) throws InterruptedException, ExecutionException {
        List<Future<Integer>> sizes = new ArrayList<>();
        for (List<String> chunk : chunks) {
            List<String> own = new ArrayList<>(chunk);
            sizes.add(pool.submit(() -> {
                own.removeIf(String::isBlank);
                own.sort(null);
                return own.size();
            }));
        }
        List<Integer> out = new ArrayList<>();
        for (Future<Integer> f : sizes) {
            out.add(f.get());
        }
        try {
            List<String> extra = new ArrayList<>();
            pool.submit(() -> extra.add("x")).get();
            out.add(extra.size());
        } catch (ExecutionException e) {
            out.add(-1);
        }
        return out;
    }
}
