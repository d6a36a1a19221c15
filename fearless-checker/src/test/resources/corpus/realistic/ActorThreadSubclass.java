// expect: no diagnostic
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

class ActorThreadSubclass {
    record Greet(String name) {
    }

    static final class Greeter extends Thread {
        private final BlockingQueue<Greet> mailbox = new LinkedBlockingQueue<>();
        private final String greeting;
        private volatile boolean running = true;

        Greeter(String greeting) {
            super("greeter");
            this.greeting = greeting;
        }

        void tell(Greet message) {
            mailbox.add(message);
        }

        void shutdown() {
            running = false;
            interrupt();
        }

        @Override
        public void run() {
            while (running) {
                try {
                    Greet g = mailbox.poll(100, TimeUnit.MILLISECONDS);
                    if (g != null) {
                        System.out.println(greeting + ", " + g.name());
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    void demo() throws InterruptedException {
        Greeter greeter = new Greeter("Hello");
        greeter.start();
        greeter.tell(new Greet("Ann"));
        greeter.shutdown();
        greeter.join();
    }
}
