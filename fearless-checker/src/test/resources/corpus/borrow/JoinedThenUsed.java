// expect: no diagnostic
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

class JoinedThenUsed {
    int run(ExecutorService pool) throws Exception {
        List<Integer> a = new ArrayList<>();
        JoinHandle<Boolean> h = Threads.spawn(() -> a.add(1));
        h.join();
        a.add(2);

        List<Integer> b = new ArrayList<>();
        Threads.spawn(() -> b.add(1)).join();
        b.add(2);

        List<Integer> c = new ArrayList<>();
        Future<?> f = pool.submit(() -> c.add(1));
        f.get();
        c.add(2);

        StringBuilder d = new StringBuilder();
        Thread t = new Thread(() -> d.append("x"));
        t.start();
        t.join();
        d.append("y");
        return a.size() + b.size() + c.size() + d.length();
    }
}
