// expect: no diagnostic
import dev.fearless.thread.Threads;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

class KnownSafeInitializers {
    void run(List<String> words) {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        List<String> events = new CopyOnWriteArrayList<>();
        List<String> frozen = List.copyOf(words);
        Set<String> unique = words.stream().collect(Collectors.toUnmodifiableSet());
        List<Integer> lengths = words.stream().map(String::length).toList();
        Threads.spawn(() -> {
            counts.merge("a", 1, Integer::sum);
            events.add("spawned");
            return frozen.size() + unique.size() + lengths.size();
        });
        counts.put("b", 2);
        events.add("main");
        System.out.println(frozen.get(0) + unique + lengths);
    }
}
