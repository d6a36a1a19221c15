// expect: no diagnostic
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

class SealedMessagesQueue {
    sealed interface Message permits Deposit, Withdraw, Stop {
    }

    record Deposit(String account, long cents) implements Message {
    }

    record Withdraw(String account, long cents) implements Message {
    }

    record Stop() implements Message {
    }

    Thread startBank(BlockingQueue<Message> inbox) {
        Thread bank = new Thread(() -> {
            long balance = 0;
            try {
                while (true) {
                    Message m = inbox.take();
                    if (m instanceof Deposit d) {
                        balance += d.cents();
                    } else if (m instanceof Withdraw w) {
                        balance -= w.cents();
                    } else {
                        break;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.println("balance " + balance);
        });
        bank.start();
        return bank;
    }

    void demo() throws InterruptedException {
        BlockingQueue<Message> inbox = new LinkedBlockingQueue<>();
        Thread bank = startBank(inbox);
        inbox.put(new Deposit("a", 100));
        inbox.put(new Withdraw("a", 30));
        inbox.put(new Stop());
        bank.join();
    }
}
