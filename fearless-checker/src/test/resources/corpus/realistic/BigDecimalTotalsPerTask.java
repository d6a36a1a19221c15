// expect: no diagnostic
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

class BigDecimalTotalsPerTask {
    BigDecimal total(ExecutorService pool, List<List<BigDecimal>> invoices)
            throws InterruptedException, ExecutionException {
        List<Future<BigDecimal>> parts = new ArrayList<>();
        for (List<BigDecimal> invoice : invoices) {
            parts.add(pool.submit(() -> invoice.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Future<BigDecimal> part : parts) {
            sum = sum.add(part.get());
        }
        return sum;
    }
}
