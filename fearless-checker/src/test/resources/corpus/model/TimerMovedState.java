// expect: no diagnostic
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Timer;
import java.util.TimerTask;

class TimerMovedState {
    void run(Timer timer) {
        Deque<Long> recent = new ArrayDeque<>();
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                recent.push(System.nanoTime());
            }
        }, 0, 1000);
    }
}
