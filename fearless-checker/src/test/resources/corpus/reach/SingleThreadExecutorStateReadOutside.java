import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// The same actor, but a caller's thread reads the state directly: no longer confined.
class SingleThreadExecutorStateReadOutside {
    private final ExecutorService mailbox = Executors.newSingleThreadExecutor();
    private final Map<String, Integer> balances = new HashMap<>();

    void deposit(String account, int amount) {
        mailbox.execute(() -> balances.merge(account, amount, Integer::sum));
    }

    int balance(String account) {
        return balances.getOrDefault(account, 0);
    }
}
