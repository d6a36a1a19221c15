import java.util.ArrayList;
import java.util.List;

class ShutdownHookClearsPending {
    void run(List<String> jobs) {
        List<String> pending = new ArrayList<>();
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
