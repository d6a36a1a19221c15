import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

class RcUnderLockStillNotSend {
    private final Object lock = new Object();

    void run() {
        Rc<String> name = Rc.of("x");
        Threads.spawn(() -> {
            synchronized (lock) {
                System.out.println(name.get());
            }
        });
    }
}
