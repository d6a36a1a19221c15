// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

class MovedNeverUsedAgain {
    void run(Date when) {
        List<Integer> list = new ArrayList<>();
        list.add(0);
        Threads.spawn(() -> {
            list.add(1);
            System.out.println(list);
        });
        SimpleDateFormat format = new SimpleDateFormat("yyyy");
        Threads.spawn(() -> format.format(when));
    }
}
