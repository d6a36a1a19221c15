// expect: no diagnostic
import dev.fearless.thread.Threads;

class UnknownTypeDefaultSilent {
    interface Listener {
        void fire();
    }

    void run(Listener listener, Object tag) {
        Threads.spawn(() -> {
            listener.fire();
            System.out.println(tag);
        });
    }
}
