import java.util.ArrayList;
import java.util.List;

// A shared list passed to a helper that adds to it, while the spawning code reads it.
class CollectIntoPassedList {
    static void collect(List<String> into, String source) {
        into.add(source.trim());
    }

    int run(String source) {
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> collect(lines, source));
        reader.start();
        return lines.size();
    }
}
