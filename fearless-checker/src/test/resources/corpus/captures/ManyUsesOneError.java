import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

class ManyUsesOneError {
    void run() {
        Rc<StringBuilder> log = Rc.of(new StringBuilder());
        Threads.spawn(() -> {
            log.get().append("a");
            log.get().append("b");
            System.out.println(log.get());
        });
    }
}
