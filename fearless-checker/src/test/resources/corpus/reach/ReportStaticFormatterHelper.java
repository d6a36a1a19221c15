import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;

// A static helper formats dates with a shared SimpleDateFormat; tasks on the common pool call it.
class ReportStaticFormatterHelper {
    private static final SimpleDateFormat DAY = new SimpleDateFormat("yyyy-MM-dd");

    static String label(Date d) {
        return "day " + DAY.format(d);
    }

    List<CompletableFuture<String>> labels(List<Date> dates) {
        return dates.stream().map(d -> CompletableFuture.supplyAsync(() -> label(d))).toList();
    }
}
