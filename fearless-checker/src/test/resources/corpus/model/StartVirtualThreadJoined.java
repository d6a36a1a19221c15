// expect: no diagnostic
// requires: javac 21
import java.util.ArrayList;
import java.util.List;

class StartVirtualThreadJoined {
    void run() throws InterruptedException {
        List<String> log = new ArrayList<>();
        Thread t = Thread.startVirtualThread(() -> log.add("started"));
        t.join();
        log.add("joined");
    }
}
