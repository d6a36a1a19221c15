// expect: no diagnostic
import java.util.ArrayDeque;
import java.util.Calendar;
import java.util.Deque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

class ScheduledTaskOwnsItsState {
    void start(ScheduledExecutorService scheduler) {
        Deque<Long> window = new ArrayDeque<>();
        Calendar calendar = Calendar.getInstance();
        scheduler.scheduleAtFixedRate(() -> {
            window.addLast(System.nanoTime());
            if (window.size() > 10) {
                window.removeFirst();
            }
            calendar.setTimeInMillis(System.currentTimeMillis());
        }, 0, 1, TimeUnit.SECONDS);
    }
}
