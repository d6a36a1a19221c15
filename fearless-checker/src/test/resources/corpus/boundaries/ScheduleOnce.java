import dev.fearless.rc.Rc;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

class ScheduleOnce {
    void run(ScheduledExecutorService scheduler) {
        Rc<String> name = Rc.of("later");
        scheduler.schedule(() -> System.out.println(name.get()), 5, TimeUnit.SECONDS);
    }
}
