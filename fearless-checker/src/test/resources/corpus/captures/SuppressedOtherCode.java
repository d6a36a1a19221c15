import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

class SuppressedOtherCode {
    @SuppressWarnings("fearless:F0382")
    void run() {
        Rc<String> r = Rc.of("a");
        Threads.spawn(() -> r.get());
    }
}
