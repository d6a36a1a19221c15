// expect: no diagnostic
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

class FinalFieldsReadOnly {
    private final List<String> allowed;
    private final Map<String, Integer> limits;
    private static final int[] PRIMES = {2, 3, 5, 7};

    FinalFieldsReadOnly(List<String> allowed, Map<String, Integer> limits) {
        this.allowed = allowed;
        this.limits = limits;
    }

    void check(ExecutorService pool, String user) {
        pool.submit(() -> allowed.contains(user) && limits.getOrDefault(user, 0) > PRIMES[0]);
    }
}
