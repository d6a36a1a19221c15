// expect: no diagnostic
import dev.fearless.thread.Threads;

// A generic record whose type arguments grow at each level: judged unknown (no error by default), quickly.
class ExpansiveGenericRecord {
    record G<T>(G<G<T>> next, T value) {
    }

    static final class Two<T> {
        final Two<Two<T>> left = null;
        final Two<java.util.List<T>> right = null;
    }

    void run(G<String> g, Two<String> two) {
        Threads.spawn(() -> System.out.println(g.value())).join();
        Threads.spawn(() -> System.out.println(two.left)).join();
    }
}
