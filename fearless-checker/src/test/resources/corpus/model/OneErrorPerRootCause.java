import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

class OneErrorPerRootCause {
    void run() {
        Rc<String> name = Rc.of("n");
        Threads.spawn(() -> {
            System.out.println(name.get());
            System.out.println(name.get().length());
            System.out.println(name);
        });
    }
}
