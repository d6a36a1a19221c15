// expect: no diagnostic
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;

// The fix: java.time's formatter is immutable and safe to share.
class ReportDateTimeFormatterHelper {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    static String label(LocalDate d) {
        return "day " + DAY.format(d);
    }

    List<CompletableFuture<String>> labels(List<LocalDate> dates) {
        return dates.stream().map(d -> CompletableFuture.supplyAsync(() -> label(d))).toList();
    }
}
