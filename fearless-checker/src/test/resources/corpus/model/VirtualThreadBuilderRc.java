// requires: javac 21
import dev.fearless.rc.Rc;

class VirtualThreadBuilderRc {
    void run() throws InterruptedException {
        Rc<String> name = Rc.of("worker");
        Thread t = Thread.ofVirtual().start(() -> System.out.println(name.get()));
        t.join();
    }
}
