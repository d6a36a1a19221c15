import dev.fearless.thread.Threads;

import java.text.SimpleDateFormat;
import java.util.Date;

class FormatterUsedAfterMove {
    void run(Date when) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        Threads.spawn(() -> System.out.println(format.format(when)));
        System.out.println(format.format(new Date()));
    }
}
