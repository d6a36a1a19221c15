// expect: no diagnostic
import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

class SuppressedOnMethod {
    @SuppressWarnings("fearless")
    void all() {
        Rc<String> r = Rc.of("a");
        Threads.spawn(() -> r.get());
    }

    @SuppressWarnings({"unchecked", "fearless:F0277"})
    void one() {
        Rc<String> r = Rc.of("a");
        Threads.spawn(() -> r.get());
    }
}
