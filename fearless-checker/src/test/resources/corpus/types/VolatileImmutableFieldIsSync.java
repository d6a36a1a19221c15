// expect: no diagnostic
import java.util.Arrays;

class VolatileImmutableFieldIsSync {
    static final class Status {
        private volatile String phase = "new";
        private final int id;

        Status(int id) {
            this.id = id;
        }
    }

    void run(int[] out) {
        Status status = new Status(7);
        Arrays.parallelSetAll(out, i -> status.id + status.phase.length());
    }
}
