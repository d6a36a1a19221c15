// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

class BulkForEachAddsToListFixed {
    List<String> expired(ConcurrentHashMap<String, Long> deadlines, long now) {
        List<String> out = new ArrayList<>();
        deadlines.forEach((key, deadline) -> {
            if (deadline < now) {
                out.add(key); // Map.forEach: on this thread
            }
        });
        long late = deadlines.reduceValuesToLong(1, deadline -> deadline < now ? 1 : 0, 0, Long::sum);
        System.out.println(late + " expired");
        return out;
    }
}
