// expect: no diagnostic
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

class CallbacksOnSameThread {
    Map<Integer, List<String>> run(List<String> words, Function<String, Integer> key) {
        Map<Integer, List<String>> byKey = new TreeMap<>();
        words.forEach(w -> byKey.computeIfAbsent(key.apply(w), k -> new ArrayList<>()).add(w));
        byKey.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        List<String> seen = new ArrayList<>();
        words.stream().filter(w -> !seen.contains(w)).forEach(seen::add);
        return byKey;
    }
}
