import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

// Two local records of the same simple name are two types: only the one holding an Rc may not cross.
class LocalRecordsSameName {
    void plain() {
        record Holder(String s) {
        }
        Holder h = new Holder("a");
        Threads.spawn(() -> System.out.println(h.s())).join();
    }

    void counted() {
        record Holder(Rc<String> s) {
        }
        Holder h = new Holder(Rc.of("b"));
        Threads.spawn(() -> System.out.println(h.s().get())).join();
    }

    void plainAgain() {
        record Holder(String s) {
        }
        Holder h = new Holder("c");
        Threads.spawn(() -> System.out.println(h.s())).join();
    }
}
