// expect: no diagnostic
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

class ShutdownHookClearsPendingFixed {
    void run(List<String> jobs) {
        Queue<String> pending = new ConcurrentLinkedQueue<>();
        Runtime.getRuntime().addShutdownHook(new Thread() {
            @Override
            public void run() {
                System.out.println("dropping " + pending.size());
                pending.clear();
            }
        });
        pending.addAll(jobs);
    }
}
