import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

// The class form, in two files of one compilation: `Box` of Other.java is a record of an int.
class LocalClassesSameNameAcrossFiles {
    void counted() {
        final class Box {
            final Rc<Integer> r = Rc.of(1);
        }
        Box b = new Box();
        Threads.spawn(() -> System.out.println(b.r.get())).join();
    }

    void plain() {
        record Box(int v) {
        }
        Box b = new Box(2);
        Threads.spawn(() -> System.out.println(b.v())).join();
    }
}
// file: Other.java
import dev.fearless.thread.Threads;

class Other {
    void run() {
        record Box(int v) {
        }
        Box b = new Box(3);
        Threads.spawn(() -> System.out.println(b.v())).join();
    }
}
