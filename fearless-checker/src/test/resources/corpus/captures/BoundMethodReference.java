import dev.fearless.rc.Rc;
import dev.fearless.thread.Threads;

class BoundMethodReference {
    void run() {
        Rc<String> name = Rc.of("worker");
        Threads.spawn(name::get);
    }
}
