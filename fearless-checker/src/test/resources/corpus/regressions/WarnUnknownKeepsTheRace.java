// options: warn-unknown
import java.util.HashMap;
import java.util.Map;

// An option that adds warnings never removes an error: the key type is unknown, the race is certain.
class WarnUnknownKeepsTheRace<T> {
    record Entry(String value) {
    }

    void run(T key) {
        Map<T, Entry> cache = new HashMap<>();
        new Thread(() -> cache.put(key, new Entry("v"))).start();
        cache.clear();
    }
}
