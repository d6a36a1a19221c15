import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.concurrent.ExecutorService;

class SimpleDateFormatReadOnlyShared {
    String run(ExecutorService pool) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        pool.submit(() -> format.format(new Date()));
        return format.format(new Date(0));
    }
}
