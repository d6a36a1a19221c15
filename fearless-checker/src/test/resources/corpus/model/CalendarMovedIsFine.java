// expect: no diagnostic
import java.util.Calendar;
import java.util.concurrent.ExecutorService;

class CalendarMovedIsFine {
    void run(ExecutorService pool) {
        Calendar now = Calendar.getInstance();
        pool.submit(() -> {
            now.add(Calendar.DAY_OF_MONTH, 1);
            return now.getTime();
        });
    }
}
