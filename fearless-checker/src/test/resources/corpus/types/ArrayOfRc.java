import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

class ArrayOfRc {
    @SuppressWarnings("unchecked")
    void run() {
        Rc<String>[] names = new Rc[] {Rc.of("a")};
        Threads.spawn(() -> names.length);
    }
}
