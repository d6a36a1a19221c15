import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

class BulkForEachAddsToList {
    List<String> expired(ConcurrentHashMap<String, Long> deadlines, long now) {
        List<String> out = new ArrayList<>();
        deadlines.forEach(1, (key, deadline) -> {
            if (deadline < now) {
                out.add(key);
            }
        });
        return out;
    }
}
