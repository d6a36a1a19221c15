// expect: no diagnostic
import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

class SuppressedOnLocalVariable {
    void run() {
        Rc<String> name = Rc.of("n");
        @SuppressWarnings("fearless")
        var handle = Threads.spawn(() -> name.get());
        handle.join();
    }
}
