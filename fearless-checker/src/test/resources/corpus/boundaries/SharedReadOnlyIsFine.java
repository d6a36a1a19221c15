// expect: no diagnostic
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

class SharedReadOnlyIsFine {
    void run(ExecutorService pool, List<String> names, Map<String, Integer> ages, int[] weights) {
        String[] labels = names.toArray(new String[0]);
        int[] out = new int[labels.length];
        Arrays.parallelSetAll(out, i -> labels[i].length() + weights[i % weights.length]);
        pool.submit(() -> names.size() + ages.size());
        new Thread(() -> System.out.println(ages.get("x"))).start();
    }
}
