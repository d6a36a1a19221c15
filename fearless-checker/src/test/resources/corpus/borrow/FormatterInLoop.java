import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;

class FormatterInLoop {
    void run(ExecutorService pool, List<Date> dates) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        for (Date d : dates) {
            pool.submit(() -> format.format(d));
        }
    }
}
