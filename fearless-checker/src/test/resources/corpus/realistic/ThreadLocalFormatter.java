// expect: no diagnostic
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;

class ThreadLocalFormatter {
    private static final ThreadLocal<SimpleDateFormat> FORMAT =
            ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd"));

    void print(ExecutorService pool, List<Date> dates) {
        for (Date d : dates) {
            pool.submit(() -> System.out.println(FORMAT.get().format(d)));
        }
    }
}
