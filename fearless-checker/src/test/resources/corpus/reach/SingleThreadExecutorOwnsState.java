// expect: no diagnostic
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// An actor: every change of its state runs as a task of one single-thread executor, so the state is confined
// to that thread.
class SingleThreadExecutorOwnsState {
    private final ExecutorService mailbox = Executors.newSingleThreadExecutor();
    private final Map<String, Integer> balances = new HashMap<>();
    private final List<String> journal = new ArrayList<>();

    void deposit(String account, int amount) {
        mailbox.execute(() -> apply(account, amount));
    }

    void report() {
        mailbox.execute(() -> System.out.println(balances + " after " + journal.size() + " entries"));
    }

    private void apply(String account, int amount) {
        balances.merge(account, amount, Integer::sum);
        journal.add(account + " " + amount);
    }
}
