// expect: no diagnostic
import dev.fearless.thread.JoinHandle;
import dev.fearless.thread.Threads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class MapReduceMerge {
    Map<Character, Integer> letterCounts(List<String> words, int parts) {
        List<JoinHandle<Map<Character, Integer>>> mappers = new ArrayList<>();
        int size = Math.max(1, words.size() / parts);
        for (int start = 0; start < words.size(); start += size) {
            List<String> slice = List.copyOf(words.subList(start, Math.min(words.size(), start + size)));
            mappers.add(Threads.spawn(() -> {
                Map<Character, Integer> local = new HashMap<>();
                for (String w : slice) {
                    for (char c : w.toCharArray()) {
                        local.merge(c, 1, Integer::sum);
                    }
                }
                return local;
            }));
        }
        Map<Character, Integer> merged = new HashMap<>();
        for (JoinHandle<Map<Character, Integer>> m : mappers) {
            m.join().forEach((c, n) -> merged.merge(c, n, Integer::sum));
        }
        return merged;
    }
}
