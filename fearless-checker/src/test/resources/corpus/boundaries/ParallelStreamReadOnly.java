// expect: no diagnostic
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

class ParallelStreamReadOnly {
    Map<Integer, List<String>> run(List<String> words, Map<String, Integer> weights) {
        Pattern digits = Pattern.compile("\\d+");
        List<String> stop = new ArrayList<>(List.of("a", "the"));
        List<Integer> sequentialOut = new ArrayList<>();
        words.parallelStream().sequential().forEach(w -> sequentialOut.add(w.length()));
        words.stream().forEach(w -> sequentialOut.add(w.length()));
        return words.parallelStream()
                .filter(w -> !stop.contains(w) && !digits.matcher(w).matches())
                .collect(Collectors.groupingBy(w -> weights.getOrDefault(w, 0)));
    }
}
