import dev.fearless.marker.Sync;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;

class UserSyncParameterShares {
    static void onEveryCore(@Sync Runnable task) {
        for (int i = 0; i < 4; i++) {
            new Thread(task).start();
        }
    }

    void run(List<Date> dates) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        onEveryCore(() -> dates.forEach(d -> System.out.println(format.format(d))));
    }
}
