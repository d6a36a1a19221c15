import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

class SimpleNameClash {
    record Optional(Rc<String> value) {
    }

    void run() {
        java.util.Optional<Optional> maybe = java.util.Optional.of(new Optional(Rc.of("x")));
        Threads.spawn(() -> maybe.isPresent());
    }
}
