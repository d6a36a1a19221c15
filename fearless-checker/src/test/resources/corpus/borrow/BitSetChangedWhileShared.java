import java.util.BitSet;
import java.util.concurrent.Executor;

class BitSetChangedWhileShared {
    void run(Executor executor) {
        BitSet seen = new BitSet();
        executor.execute(() -> System.out.println(seen.cardinality()));
        seen.set(3);
    }
}
