// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

class SignalThenWait {
    int run() throws Exception {
        List<String> loaded = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Threads.spawn(() -> {
            loaded.add("config");
            ready.countDown();
        });
        ready.await();
        loaded.add("main");

        StringBuilder text = new StringBuilder();
        CompletableFuture<Void> done = new CompletableFuture<>();
        new Thread(() -> {
            text.append("body");
            done.complete(null);
        }).start();
        done.get();
        text.append("!");
        return loaded.size() + text.length();
    }
}
