import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

class ReadBeforeTheWait {
    int run() throws InterruptedException {
        List<String> loaded = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Threads.spawn(() -> {
            loaded.add("config");
            ready.countDown();
        });
        System.out.println(loaded.size());
        ready.await();
        return loaded.size();
    }
}
