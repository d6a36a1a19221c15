// Found by the differential fuzzer: `box::bump` changes the box as `() -> box.bump()` does, so handing it
// over while another thread reads the box is a race, and using the box afterwards is a use after a move.
import java.util.concurrent.ExecutorService;

class MethodReferenceChangesItsObject {
    static final class Box {
        int v;

        int bump() {
            return ++v;
        }
    }

    void reference(ExecutorService pool) {
        Box box = new Box();
        new Thread(() -> System.out.println(box.v)).start();
        pool.submit(box::bump);
        box.v = 4;
    }

    void lambda(ExecutorService pool) {
        Box box = new Box();
        new Thread(() -> System.out.println(box.v)).start();
        pool.submit(() -> box.bump());
        box.v = 4;
    }
}
