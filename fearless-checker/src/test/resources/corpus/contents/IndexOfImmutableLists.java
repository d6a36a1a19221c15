// expect: no diagnostic
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

// A concurrent index whose values are immutable lists: lookups on pool threads are safe.
class IndexOfImmutableLists {
    private final ConcurrentHashMap<String, List<String>> index = new ConcurrentHashMap<>();

    void publish(String key, List<String> docs) {
        index.put(key, List.copyOf(docs));
    }

    void lookUp(ExecutorService pool, String key) {
        pool.execute(() -> System.out.println(index.getOrDefault(key, List.of()).size()));
    }
}
