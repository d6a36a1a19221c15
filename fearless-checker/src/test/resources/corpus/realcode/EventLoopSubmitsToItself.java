// expect: no diagnostic
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;

/** An event loop: every task runs on the loop's own thread, which alone touches its plain fields. */
abstract class EventLoopSubmitsToItself implements Executor {
    private final Set<Runnable> shutdownHooks = new LinkedHashSet<>();
    private final Queue<Runnable> pending = new ArrayDeque<>();
    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private int handled;

    abstract boolean inEventLoop();

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    public void addShutdownHook(final Runnable task) {
        if (inEventLoop()) {
            shutdownHooks.add(task);
        } else {
            execute(new Runnable() {
                @Override
                public void run() {
                    shutdownHooks.add(task);
                }
            });
        }
    }

    public void removeShutdownHook(Runnable task) {
        this.execute(() -> {
            shutdownHooks.remove(task);
            handled++;
        });
    }

    final class Child {
        void later(Runnable r) {
            EventLoopSubmitsToItself.this.execute(() -> pending.add(r));
        }
    }
}
