// options: strict
import dev.fearless.thread.Threads;

class UnknownTypeStrictOnly {
    interface Listener {
        void fire();
    }

    void run(Listener listener) {
        Threads.spawn(listener::fire);
    }
}
