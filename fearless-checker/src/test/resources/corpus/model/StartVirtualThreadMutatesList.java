// requires: javac 21
import java.util.ArrayList;
import java.util.List;

class StartVirtualThreadMutatesList {
    void run() {
        List<String> log = new ArrayList<>();
        Thread.startVirtualThread(() -> log.add("started"));
        log.add("spawned");
    }
}
