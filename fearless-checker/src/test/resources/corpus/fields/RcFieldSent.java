import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

class RcFieldSent {
    private final Rc<String> name = Rc.of("worker");

    void run() {
        Threads.spawn(() -> System.out.println(name.get()));
    }
}
