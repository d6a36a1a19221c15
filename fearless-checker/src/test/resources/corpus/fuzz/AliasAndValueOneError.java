// Found by the differential fuzzer: one thread reads `box` through an alias, another changes `box` itself;
// the change afterwards is one error about one value, as it is without the alias.
import java.util.concurrent.ExecutorService;

class AliasAndValueOneError {
    static final class Box {
        int v;

        int bump() {
            return ++v;
        }
    }

    void run(ExecutorService pool) {
        Box box = new Box();
        final Box alias = box;
        new Thread(() -> System.out.println(alias.v)).start();
        pool.submit(() -> box.v);
        box.v = 4;
    }
}
