// expect: no diagnostic
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.atomic.AtomicBoolean;

class TimerWithAtomicFlag {
    AtomicBoolean timeoutAfter(Timer timer, long millis, String label) {
        AtomicBoolean expired = new AtomicBoolean();
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                expired.set(true);
                System.out.println(label + " expired");
            }
        }, millis);
        return expired;
    }
}
