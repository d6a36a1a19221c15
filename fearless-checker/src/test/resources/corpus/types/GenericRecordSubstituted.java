import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

class GenericRecordSubstituted {
    record Box<T>(T value) {
    }

    void run() {
        Box<Rc<String>> box = new Box<>(Rc.of("x"));
        Box<String> fine = new Box<>("y");
        Threads.spawn(() -> fine.value() + box.value().get());
    }
}
