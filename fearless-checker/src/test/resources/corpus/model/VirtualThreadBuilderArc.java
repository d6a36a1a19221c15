// expect: no diagnostic
// requires: javac 21
import dev.fearless.sync.Arc;

class VirtualThreadBuilderArc {
    void run() throws InterruptedException {
        Arc<String> name = Arc.of("worker");
        Thread t = Thread.ofVirtual().start(() -> System.out.println(name.get()));
        t.join();
    }
}
