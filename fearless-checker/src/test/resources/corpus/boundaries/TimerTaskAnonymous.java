import dev.fearless.rc.Rc;

import java.util.Timer;
import java.util.TimerTask;

class TimerTaskAnonymous {
    void run(Timer timer) {
        Rc<String> name = Rc.of("tick");
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                System.out.println(name.get());
            }
        }, 1000L);
    }
}
