import java.util.Calendar;
import java.util.concurrent.ExecutorService;

class CalendarFieldShared {
    private final Calendar calendar = Calendar.getInstance();

    void run(ExecutorService pool) {
        pool.submit(() -> calendar.get(Calendar.YEAR));
    }
}
