// expect: no diagnostic
// options: strict
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class MonthlyReportFormatPerThread {
    private static final ThreadLocal<DecimalFormat> MONEY =
            ThreadLocal.withInitial(() -> new DecimalFormat("#,##0.00"));

    record Account(String owner, BigDecimal balance) {
    }

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    List<String> render(List<Account> accounts) throws InterruptedException, ExecutionException {
        List<Future<String>> lines = new ArrayList<>();
        for (Account account : accounts) {
            lines.add(pool.submit(() -> line(account.owner(), MONEY.get().format(account.balance()))));
        }
        List<String> report = new ArrayList<>();
        for (Future<String> line : lines) {
            report.add(line.get());
        }
        return report;
    }

    private static String line(String owner, String amount) {
        return String.format("%-20s %15s", owner, amount);
    }
}
