import java.util.concurrent.ExecutorService;

class StringBuilderAppendAfterMove {
    String run(ExecutorService pool) {
        StringBuilder report = new StringBuilder("report:");
        pool.submit(() -> report.append(" background"));
        report.append(" foreground");
        return report.toString();
    }
}
