import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

class TwoCapturesTwoErrors {
    void run() {
        Rc<String> first = Rc.of("a");
        Rc<Integer> second = Rc.of(1);
        Threads.spawn(() -> first.get() + second.get());
    }
}
