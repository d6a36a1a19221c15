// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;

// The fix: join before reading.
class CollectIntoPassedListJoined {
    static void collect(List<String> into, String source) {
        into.add(source.trim());
    }

    int run(String source) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> collect(lines, source));
        reader.start();
        reader.join();
        return lines.size();
    }
}
